extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Features.Register;

namespace AntiCor.Web.Tests.Features.Register;

/// <summary>The import page's protection of the server: how large a document and how many at once.</summary>
[Collection(RegisterCollection.Name)]
public sealed class ImportTests(AntiCorFactory factory)
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Fact]
    public async Task When_every_import_slot_is_taken_an_upload_is_answered_503_with_the_form_and_a_Ukrainian_try_again()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var slots = factory.Services.GetRequiredService<ImportSlots>();
        var taken = Enumerable.Range(0, ImportSlots.DefaultLimit).Select(_ => slots.TryTake()).ToList();
        HttpResponseMessage busy;
        try
        {
            Assert.All(taken, Assert.NotNull);
            busy = await ImportUpload.PostAsync(client, "order-98.docx", File.ReadAllBytes(SamplePath("kropyvnytskyi-2019-order-98.docx")));
        }
        finally
        {
            taken.ForEach(slot => slot?.Dispose());
        }

        var html = WebUtility.HtmlDecode(await busy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), busy.Headers.RetryAfter?.Delta);
        Assert.Contains(RegisterText.ServerBusy, html);
        Assert.Contains("data-upload-form", html);
        var afterwards = await ImportUpload.PostAsync(client, "order-98.docx", File.ReadAllBytes(SamplePath("kropyvnytskyi-2019-order-98.docx")));
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Contains("data-review-form", await afterwards.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(21)]
    [InlineData(50)]
    public async Task An_upload_over_the_request_limit_is_answered_413_with_the_form_and_the_size_limit_in_Ukrainian(int megabytes)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

        var response = await ImportUpload.PostAsync(client, "huge.docx", new byte[megabytes * 1024 * 1024]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Файл завеликий", html);
        Assert.Contains("20 МБ", html);
        Assert.Contains("data-upload-form", html);
        Assert.DoesNotContain(web::AntiCor.Web.Features.Errors.ErrorsText.NotFoundTitle, html);
    }

    [Theory]
    [InlineData("Upload")]
    [InlineData("Confirm")]
    public async Task A_post_without_the_antiforgery_token_is_refused_400_by_every_handler(string handler)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(SamplePath("kropyvnytskyi-2019-order-98.docx"))), "Upload", "order-98.docx" } };

        var response = await client.PostAsync($"{ImportUpload.Page}?handler={handler}", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("data-review-form", await response.Content.ReadAsStringAsync());
    }
}
