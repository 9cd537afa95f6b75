using AntiCor.Core.Audit;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Direction> Directions => Set<Direction>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureExecutor> MeasureExecutors => Set<MeasureExecutor>();
    public DbSet<ProgrammeWarning> ProgrammeWarnings => Set<ProgrammeWarning>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    private readonly List<AuditEvent> _pendingAudit = [];

    /// <summary>Records an event that is not a data change (a sign-in, an export) with the next save.</summary>
    public void RecordAudit(AuditEvent auditEvent) => _pendingAudit.Add(auditEvent);

    internal List<AuditEvent> TakePendingAuditEvents()
    {
        var taken = _pendingAudit.ToList();
        _pendingAudit.Clear();
        return taken;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
