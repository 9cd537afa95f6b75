using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Web.Features.Registers;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>Once a day (04:00 Kyiv) erases the names in register entries past their retention period (<see cref="RegisterRetention"/>).</summary>
public sealed partial class RegisterRetentionJob(IOptions<RegisterRetentionOptions> options, TimeProvider time, ILogger<RegisterRetentionJob> logger) : IScheduledJob
{
    public const string JobName = "register-retention";

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.DailyAtKyivHour(4);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var erased = await RegisterRetention.EraseAsync(
            scope.GetRequiredService<AppDbContext>(), KyivTime.Today(time), time.GetUtcNow().UtcDateTime, options.Value, cancellationToken);
        LogErased(logger, erased);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Register retention: names erased from {Count} entries")]
    private static partial void LogErased(ILogger logger, int count);
}
