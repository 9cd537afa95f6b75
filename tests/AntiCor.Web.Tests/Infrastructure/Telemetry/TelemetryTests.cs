extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Core.Telemetry;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Features.My;
using AntiCor.Web.Tests.Jobs;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AntiCor.Web.Tests.Infrastructure.Telemetry;

/// <summary>The "AntiCor" meter records at the code points an operator watches; OTLP is wired only when configured.</summary>
[Collection(AppCollection.Name)]
public sealed class TelemetryTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Submitting_a_report_counts_one_submission_and_times_the_audit_append()
    {
        var app = factory.OnClock(new DateOnly(2020, 4, 10), out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        using var capture = new MetricCapture(AntiCorTelemetry.Name);

        var submitted = await Workspace.SendAsync(client, obligation.FormUrl, "Submit", Workspace.Done());

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains(capture.Of("anticor.reports.submitted"), m => m.Value == 1 && Equals(m.Tags["source"], "executor"));
        Assert.Contains(capture.Of("anticor.audit.append.duration"), m => m.Value > 0);
    }

    [Fact]
    public async Task A_letter_the_smtp_server_accepts_is_counted_as_sent()
    {
        using var capture = new MetricCapture(AntiCorTelemetry.Name);
        await factory.QueueAsync(TestUsers.NewEmail("counted"), "Лист для лічильника");

        await factory.DeliverMailAsync();

        Assert.Contains(capture.Of("anticor.mail.sent"), m => m.Value == 1);
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_nothing_exports_and_with_one_metrics_and_traces_are_wired()
    {
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"));

        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(configured.Services.GetService<MeterProvider>());
        Assert.NotNull(configured.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Requests_are_not_logged_one_by_one_at_information_level_with_the_shipped_settings()
    {
        var probe = Guid.NewGuid().ToString("N");
        var client = factory.CreateClient();

        foreach (var url in new[] { $"/?probe={probe}", $"/health/ready?probe={probe}", $"/no-such-page-{probe}", $"/css/site.css?probe={probe}" })
        {
            using var response = await client.GetAsync(url);
        }

        Assert.DoesNotContain(factory.Log.Messages, m => m.Contains(probe, StringComparison.Ordinal));
    }
}
