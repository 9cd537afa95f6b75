extern alias web;

using System.Net;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
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
    public async Task A_report_post_past_the_save_queue_is_refused_with_429_while_the_one_let_in_finishes()
    {
        var door = new HoldingPosts();
        await using var limited = Queued(door, queueLimit: 0);
        var client = limited.CreateClient();

        var first = client.PostAsync("/", new FormUrlEncodedContent([]));
        await door.WaitForEntryAsync();
        using var refused = await client.PostAsync("/", new FormUrlEncodedContent([]));
        door.Open();
        using var finished = await first;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(RateLimitText.Title, await refused.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.TooManyRequests, finished.StatusCode);
        Assert.Equal(1, door.Entered);
    }

    [Fact]
    public async Task A_report_post_waits_for_its_turn_and_goes_in_once_the_one_ahead_finishes()
    {
        var door = new HoldingPosts();
        await using var limited = Queued(door, queueLimit: 1);
        var client = limited.CreateClient();

        var first = client.PostAsync("/", new FormUrlEncodedContent([]));
        await door.WaitForEntryAsync();
        // With the one place in the queue, of two more posts one waits and the other is refused;
        // the refusal's answer proves the other is waiting (no timer needed to know it).
        var second = client.PostAsync("/", new FormUrlEncodedContent([]));
        var third = client.PostAsync("/", new FormUrlEncodedContent([]));
        var refused = await Task.WhenAny(second, third);
        var waiting = refused == second ? third : second;
        var waitingWhileHeld = !waiting.IsCompleted;
        var enteredWhileHeld = door.Entered;
        door.Open();
        using var one = await first;
        using var two = await waiting;
        using var turnedAway = await refused;

        Assert.True(waitingWhileHeld, "the queued post finished while the one ahead was still held");
        Assert.Equal(1, enteredWhileHeld);
        Assert.Equal(2, door.Entered);
        Assert.Equal(HttpStatusCode.TooManyRequests, turnedAway.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, one.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, two.StatusCode);
    }

    [Fact]
    public void The_executors_report_form_is_the_page_whose_posts_queue()
    {
        var page = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Single(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath == RateLimits.ReportSavesPage);

        Assert.Contains(page.Metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>(), a => a.PolicyName == RateLimits.ReportSaves);
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

    /// <summary>The save queue of one post at a time, applied to the programme list page, whose posts the door holds.</summary>
    private WebApplicationFactory<web::Program> Queued(HoldingPosts door, int queueLimit) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("RateLimits:ReportSaves:Concurrency", "1");
        builder.UseSetting("RateLimits:ReportSaves:QueueLimit", queueLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.Configure<RazorPagesOptions>(options => options.Conventions.RequireRateLimit("/Organizations/Index", RateLimits.ReportSaves));
            services.Configure<MvcOptions>(options => options.Filters.Add(door));
        });
    });

    /// <summary>
    /// Holds every POST inside the request, after the rate limiter let it in and before anything
    /// else (an authorization filter runs before the antiforgery check), until opened.
    /// </summary>
    private sealed class HoldingPosts : IAsyncAuthorizationFilter
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim _entries = new(0);
        private int _entered;

        public int Entered => Volatile.Read(ref _entered);

        public void Open() => _open.TrySetResult();

        public async Task WaitForEntryAsync()
        {
            Assert.True(await _entries.WaitAsync(TimeSpan.FromSeconds(30)), "the first post never got in");
        }

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            // The refusal of a post without a form token is shown by re-executing it on the error page: not a second post.
            if (HttpMethods.IsPost(context.HttpContext.Request.Method) && context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                Interlocked.Increment(ref _entered);
                _entries.Release();
                await _open.Task;
            }
        }
    }

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
