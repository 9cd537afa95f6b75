using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Mail;
using AntiCor.Web.Features.Registers.Declarations;

namespace AntiCor.Web.Jobs;

/// <summary>Once a day (09:00 Kyiv) queues the reminders to declarants who have not filed (<see cref="DeclarationReminders"/>).</summary>
public sealed partial class DeclarationReminderJob(TimeProvider time, ILogger<DeclarationReminderJob> logger) : IScheduledJob
{
    public const string JobName = "declaration-reminders";

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.DailyAtKyivHour(9);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var queued = await DeclarationReminders.QueueAsync(
            scope.GetRequiredService<AppDbContext>(), scope.GetRequiredService<IOutbox>(), KyivTime.Today(time), cancellationToken);
        LogQueued(logger, queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Declarations: {Count} reminder letters queued")]
    private static partial void LogQueued(ILogger logger, int count);
}
