using System.Threading.RateLimiting;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// How many uploaded documents this server reads at once (`Import:MaxConcurrent`, default 2).
/// One read may take the import's whole memory budget (ImportLimits, about 64 MB) and seconds of
/// CPU; past this number a coordinator is asked to try again in a minute, rather than a burst of
/// uploads taking the server's memory. Not queued: a waiting request would hold its upload too.
/// </summary>
public sealed class ImportSlots : IDisposable
{
    public const int DefaultLimit = 2;

    private readonly ConcurrencyLimiter _limiter;

    public ImportSlots(IConfiguration configuration)
    {
        var limit = configuration.GetValue("Import:MaxConcurrent", DefaultLimit);
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, limit), QueueLimit = 0 });
    }

    /// <summary>A slot to dispose when the reading is over, or null when every slot is taken.</summary>
    public IDisposable? TryTake()
    {
        var lease = _limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    public void Dispose() => _limiter.Dispose();
}
