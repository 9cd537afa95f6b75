using System.Net;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Errors;

[Collection(AppCollection.Name)]
public sealed class ErrorTests(AntiCorFactory factory)
{
    private const string Secret = "connection-password-hunter2";

    [Fact]
    public async Task Failing_page_shows_the_friendly_Ukrainian_error_page_without_internals()
    {
        await using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new FailOncePageFilter()))));

        var page = await HtmlPage.GetAsync(failing.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Сталася помилка", HtmlPage.Text(page.Single("h1")));
        Assert.NotEmpty(HtmlPage.Text(page.Single("[data-request-id]")));
        Assert.DoesNotContain(Secret, page.Html);
        Assert.DoesNotContain(nameof(InvalidOperationException), page.Html);
        Assert.DoesNotContain("Exception", page.Html);
        Assert.DoesNotContain(" at ", page.Html);
        Assert.DoesNotContain(".cs:line", page.Html);
    }

    /// <summary>Fails every page except the error page itself, the way a broken query would.</summary>
    private sealed class FailOncePageFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            {
                throw new InvalidOperationException($"Simulated failure with a secret: {Secret}");
            }
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
