using System.Net;
using AngleSharp.Html.Parser;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>The steps of a register import as a browser takes them: export, upload for review, save the reviewed draft; and a workbook written by hand.</summary>
public static class RegisterImportSteps
{
    private static readonly HtmlParser Parser = new();

    public static string Page(string register) => $"/registers/{register}/import";

    public static async Task<HtmlPage> UploadAsync(HttpClient client, string register, string fileName, byte[] content)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, Page(register));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        using var response = await client.PostAsync(Page(register) + "?handler=Upload", form);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, html, Parser.ParseDocument(html));
    }

    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string register, string? draft) =>
        await client.PostFormAsync(Page(register) + "?handler=Save", new() { ["Draft"] = draft ?? "" }, Page(register));

    public static string Draft(HtmlPage review) => review.Single("form[data-form=register-import-save] input[name=Draft]").GetAttribute("value") ?? "";

    /// <summary>The list at <paramref name="listQuery"/> (path and filters) as the XLSX its export button downloads.</summary>
    public static async Task<byte[]> ExportAsync(HttpClient client, string listQuery)
    {
        using var response = await client.GetAsync(listQuery + (listQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A workbook whose first row holds <paramref name="rows"/>' first array (no header of MiniExcel's own).</summary>
    public static byte[] Workbook(params string[][] rows)
    {
        var sheet = rows.Select(r => (IDictionary<string, object?>)r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: (object?)v)).ToDictionary(x => x.Key, x => x.Value)).ToList();
        using var buffer = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(buffer, sheet, printHeader: false);
        return buffer.ToArray();
    }
}
