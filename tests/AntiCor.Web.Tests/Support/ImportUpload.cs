using AntiCor.Web.Tests.Support.Accounts;

namespace AntiCor.Web.Tests.Support;

/// <summary>A document posted to the import page's upload form, as a browser sends it (multipart, antiforgery token).</summary>
public static class ImportUpload
{
    public const string Page = "/programmes/import";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string fileName, byte[] content)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, Page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync(Page + "?handler=Upload", form);
    }
}
