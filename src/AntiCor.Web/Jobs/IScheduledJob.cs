namespace AntiCor.Web.Jobs;

/// <summary>
/// A periodic, idempotent job run by <see cref="JobRunner"/> on one node at a time. Jobs are
/// singletons registered with <see cref="JobRegistration.AddScheduledJob{TJob}"/>; each run gets
/// a fresh DI scope, from which the job takes its database context and other scoped services.
/// </summary>
public interface IScheduledJob
{
    /// <summary>The job's key in the lease table; never rename a job that has run in production.</summary>
    string Name { get; }

    JobSchedule Schedule { get; }

    Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken);
}
