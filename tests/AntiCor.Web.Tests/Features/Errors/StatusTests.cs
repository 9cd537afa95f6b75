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
}
