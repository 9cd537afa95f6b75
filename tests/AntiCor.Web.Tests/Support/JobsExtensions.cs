extern alias web;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Support;

/// <summary>Runs the app's scheduled jobs from a test, deterministically: the hosted poll is off in tests.</summary>
public static class JobsExtensions
{
    public static JobRunner Jobs(this WebApplicationFactory<web::Program> factory) => factory.Services.GetRequiredService<JobRunner>();

    /// <summary>Makes the job due and runs what is due; true when this host ran it.</summary>
    public static async Task<bool> RunJobAsync(this WebApplicationFactory<web::Program> factory, string name)
    {
        var runner = factory.Jobs();
        await runner.TriggerAsync(name);
        return (await runner.RunDueAsync()).Contains(name);
    }

    /// <summary>Sends what the outbox holds now, as the sender job would at its next run.</summary>
    public static Task<bool> DeliverMailAsync(this WebApplicationFactory<web::Program> factory) => factory.RunJobAsync(OutboxSenderJob.JobName);
}
