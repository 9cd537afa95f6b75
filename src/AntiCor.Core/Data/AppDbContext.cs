using AntiCor.Core.Audit;
using AntiCor.Core.Domain;
using System.Linq.Expressions;
using AntiCor.Core.Jobs;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Core.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Data;

/// <summary>
/// The app's store. Tenant-owned records (<see cref="ITenantOwned"/>) are filtered to the
/// <see cref="TenantScope"/> of the unit of work; a context made without one (design time, tests
/// of the domain) is a system context and sees everything. Also the store of the data-protection
/// keys, so every node reads every cookie and form.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, TenantScope? tenant = null)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private readonly TenantScope _tenant = tenant ?? TenantScope.System();

    /// <summary>The scope this context's queries are filtered by.</summary>
    public TenantScope Tenant => _tenant;

    // Read by the query filters; EF evaluates them against the context running each query.
    private bool TenantUnrestricted => _tenant.Unrestricted;

    private Guid? TenantOrganizationId => _tenant.OrganizationId;

    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Direction> Directions => Set<Direction>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<CorruptionRisk> CorruptionRisks => Set<CorruptionRisk>();
    public DbSet<Documents.Import.ColumnPreset> ColumnPresets => Set<Documents.Import.ColumnPreset>();
    public DbSet<MeasureExecutor> MeasureExecutors => Set<MeasureExecutor>();
    public DbSet<ProgrammeWarning> ProgrammeWarnings => Set<ProgrammeWarning>();
    public DbSet<ProgrammeEdition> ProgrammeEditions => Set<ProgrammeEdition>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<UserUnit> UserUnits => Set<UserUnit>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<Obligation> Obligations => Set<Obligation>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportEvidence> ReportEvidence => Set<ReportEvidence>();
    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<MeasureAssessment> MeasureAssessments => Set<MeasureAssessment>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();
    public DbSet<PublicDownloadCount> PublicDownloadCounts => Set<PublicDownloadCount>();
    public DbSet<Portal.CitizenMessage> CitizenMessages => Set<Portal.CitizenMessage>();
    public DbSet<Registers.RegisterLink> RegisterLinks => Set<Registers.RegisterLink>();
    public DbSet<Registers.RiskFactor> RiskFactors => Set<Registers.RiskFactor>();
    public DbSet<Registers.DraftActReview> DraftActReviews => Set<Registers.DraftActReview>();
    public DbSet<Registers.AppointmentNotice> AppointmentNotices => Set<Registers.AppointmentNotice>();
    public DbSet<Registers.ConflictOfInterest> ConflictsOfInterest => Set<Registers.ConflictOfInterest>();
    public DbSet<Programmes.Advice.MeasureAdviceDismissal> MeasureAdviceDismissals => Set<Programmes.Advice.MeasureAdviceDismissal>();
    public DbSet<Registers.Declaration> Declarations => Set<Registers.Declaration>();
    public DbSet<Registers.LiablePerson> LiablePersons => Set<Registers.LiablePerson>();
    public DbSet<Registers.TrainingEvent> TrainingEvents => Set<Registers.TrainingEvent>();
    public DbSet<Registers.Consultation> Consultations => Set<Registers.Consultation>();

    private readonly List<AuditEvent> _pendingAudit = [];

    /// <summary>Records an event that is not a data change (a sign-in, an export) with the next save.</summary>
    public void RecordAudit(AuditEvent auditEvent) => _pendingAudit.Add(auditEvent);

    internal List<AuditEvent> TakePendingAuditEvents()
    {
        var taken = _pendingAudit.ToList();
        _pendingAudit.Clear();
        return taken;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Domain entities make their own version-7 ids. Marking those keys as never generated by
        // the store lets EF add an entity reached through a navigation (a measure added to a
        // direction) instead of taking it for an existing row to update.
        foreach (var type in modelBuilder.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.FindOwnership() is null && t.BaseType is null))
        {
            type.SetQueryFilter(TenantFilter(type.ClrType));
        }

        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            type.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
        }

        foreach (var key in modelBuilder.Model.GetEntityTypes()
            .Where(t => t.ClrType.Namespace?.StartsWith("AntiCor.Core", StringComparison.Ordinal) == true)
            .Select(t => t.FindPrimaryKey())
            .Where(k => k is { Properties.Count: 1 } && k.Properties[0].ClrType == typeof(Guid)))
        {
            key!.Properties[0].ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        NextVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        NextVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The form was opened at <paramref name="version"/>: the save's UPDATE is made conditional on
    /// it, so a change someone else saved meanwhile is never overwritten.
    /// </summary>
    public void ExpectVersion(IVersioned entity, int version)
    {
        if (entity.Version != version)
        {
            throw StaleRecord.Refusal();
        }

        Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;
        Touch(entity);
    }

    /// <summary>Counts a change made through the entity's owned values or children as a change of the entity itself.</summary>
    public void Touch(IVersioned entity) => Entry(entity).Property(nameof(IVersioned.Version)).IsModified = true;

    private void NextVersions()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    private LambdaExpression TenantFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var context = Expression.Constant(this);
        var owner = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.OrganizationId)), typeof(Guid?));
        return Expression.Lambda(
            Expression.OrElse(
                Expression.Property(context, nameof(TenantUnrestricted)),
                Expression.Equal(owner, Expression.Property(context, nameof(TenantOrganizationId)))),
            row);
    }
}
