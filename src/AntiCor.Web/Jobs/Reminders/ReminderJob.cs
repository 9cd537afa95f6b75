using AntiCor.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs.Reminders;

/// <summary>
/// The reporting cycle's daily run at `Reminders:Hour` (Kyiv): first every programme is planned
/// again, so the reminders see today's obligations and due dates, then the reminders and
/// escalations are queued in the outbox (the sender job delivers them).
/// </summary>
public sealed partial class ReminderJob(IOptions<ReminderOptions> options, ILogger<ReminderJob> logger) : IScheduledJob
{
    public const string JobName = "reporting-reminders";

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.DailyAtKyivHour(options.Value.Hour is >= 0 and < 24 ? options.Value.Hour : 8);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var planned = await scope.GetRequiredService<ProgrammePlanning>().PlanAllAsync(cancellationToken);
        if (!options.Value.Enabled)
        {
            LogPlannedOnly(logger, planned);
            return;
        }

        ReminderRun run;
        try
        {
            run = await scope.GetRequiredService<ReminderDispatcher>().RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The scheduler logs it and tries again; the count is for whoever watches the metrics.
            AntiCorTelemetry.RemindersFailed.Add(1);
            throw;
        }

        LogRun(logger, planned, run.Letters, run.Steps);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting: {Programmes} programmes planned; reminders are off (Reminders:Enabled=false)")]
    private static partial void LogPlannedOnly(ILogger logger, int programmes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting: {Programmes} programmes planned, {Letters} reminder letters queued for {Steps} obligation steps")]
    private static partial void LogRun(ILogger logger, int programmes, int letters, int steps);
}
