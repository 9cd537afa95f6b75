using System.Net;
using AntiCor.Web.Tests.Support;

namespace AntiCor.Web.Tests.Features.Errors;

[Collection(AppCollection.Name)]
public sealed class StatusTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Unknown_address_answers_404_with_a_Ukrainian_page_inside_the_site_frame()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("uk", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Сторінку не знайдено", HtmlPage.Text(page.Single("h1")));
        Assert.Contains("Сторінки за цією адресою немає", HtmlPage.Text(page.Single("main")));
        Assert.Equal("/", page.Single("main a.button").GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("a.skip-link[href='#main']"));
    }

    [Fact]
    public async Task A_post_whose_form_cannot_be_read_gets_the_400_page_not_a_404()
    {
        using var body = new StringContent("--no-such-boundary\r\nнезавершена частина");
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=other-boundary");

        using var response = await factory.CreateClient().PostAsync("/account/login", body);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400", page.QuerySelector("[data-status-page]")?.GetAttribute("data-status-page"));
    }
}
