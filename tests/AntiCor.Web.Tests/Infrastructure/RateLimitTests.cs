extern alias web;

using System.Net;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Infrastructure;

namespace AntiCor.Web.Tests.Infrastructure;

/// <summary>
/// The named rate-limit policies, applied in a test host to the programme list page (the sign-in
/// page is the identity work's), with a small limit set through configuration.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RateLimitTests(AntiCorFactory factory)
{
    private const int Limit = 3;

    [Fact]
    public async Task Sign_in_policy_answers_429_in_Ukrainian_after_the_configured_number_of_posts()
    {
        await using var limited = Limited(RateLimits.SignIn, "SignIn");
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Limit; i++)
        {
            using var accepted = await client.PostAsync("/", new FormUrlEncodedContent([]));
            statuses.Add(accepted.StatusCode);
        }

        using var refused = await client.PostAsync("/", new FormUrlEncodedContent([]));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(RateLimitText.Title, body);
        Assert.Contains("lang=\"uk\"", body);
        Assert.True(refused.Headers.Contains("Retry-After"));
        SecurityHeadersTests.AssertHardened(refused);
    }

    [Fact]
    public async Task Reading_the_form_is_never_limited_even_after_posts_were_refused()
    {
        await using var limited = Limited(RateLimits.PasswordReset, "PasswordReset");
        var client = limited.CreateClient();
        for (var i = 0; i <= Limit; i++)
        {
            using var post = await client.PostAsync("/", new FormUrlEncodedContent([]));
        }

        using var refused = await client.PostAsync("/", new FormUrlEncodedContent([]));
        var gets = new List<HttpStatusCode>();
        for (var i = 0; i < Limit * 3; i++)
        {
            using var get = await client.GetAsync("/");
            gets.Add(get.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.All(gets, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Upload_policy_limits_too()
    {
        await using var limited = Limited(RateLimits.Upload, "Upload");
        var client = limited.CreateClient();

        var last = HttpStatusCode.OK;
        for (var i = 0; i <= Limit; i++)
        {
            using var post = await client.PostAsync("/", new FormUrlEncodedContent([]));
            last = post.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Theory]
    [InlineData("/account/login", "SignIn")]
    [InlineData("/account/forgot-password", "PasswordReset")]
    [InlineData("/programmes/import", "Upload")]
    public async Task Posts_to_the_real_limited_pages_answer_429_after_the_configured_number(string path, string section)
    {
        await using var limited = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting($"RateLimits:{section}:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting($"RateLimits:{section}:WindowSeconds", "600");
        });
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Limit; i++)
        {
            using var post = await client.PostAsync(path, new FormUrlEncodedContent([]));
            statuses.Add(post.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(Limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Downloads_are_counted_too_and_answer_429_in_Ukrainian_past_the_configured_number()
    {
        await using var limited = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimits:Export:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:Export:WindowSeconds", "600");
        });
        var client = limited.CreateClient();
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Limit; i++)
        {
            using var download = await client.GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/csv");
            statuses.Add(download.StatusCode);
        }

        using var refused = await client.GetAsync($"/o/kropyvnytskyi/programmes/{id}/export/json");
        var body = await refused.Content.ReadAsStringAsync();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(RateLimitText.Title, body);
        Assert.Contains("lang=\"uk\"", body);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Error_page_after_a_failure_still_carries_the_security_headers()
    {
        await using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new FailingPageFilter()))));

        using var response = await failing.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        SecurityHeadersTests.AssertHardened(response);
    }

    private WebApplicationFactory<web::Program> Limited(string policy, string section) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting($"RateLimits:{section}:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting($"RateLimits:{section}:WindowSeconds", "600");
        builder.ConfigureTestServices(services => services.Configure<RazorPagesOptions>(options =>
        {
            _ = policy switch
            {
                RateLimits.SignIn => options.Conventions.RequireSignInRateLimit("/Organizations/Index"),
                RateLimits.PasswordReset => options.Conventions.RequirePasswordResetRateLimit("/Organizations/Index"),
                _ => options.Conventions.RequireUploadRateLimit("/Organizations/Index"),
            };
        }));
    });

    private sealed class FailingPageFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            {
                throw new InvalidOperationException("Simulated failure.");
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
