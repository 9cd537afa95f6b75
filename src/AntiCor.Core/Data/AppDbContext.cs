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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
