using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.Property(m => m.Number).HasMaxLength(Limits.Short).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(Limits.Text).IsRequired();
        builder.HasIndex(m => new { m.DirectionId, m.Number }).IsUnique();
        builder.HasIndex(m => m.OrganizationId);
        builder.OwnsOne(m => m.Term, term =>
        {
            term.Property(t => t.Kind).HasColumnName("TermKind").HasConversion<string>().HasMaxLength(Limits.Short);
            term.Property(t => t.Text).HasColumnName("TermText").HasMaxLength(Limits.Title).IsRequired();
            term.Property(t => t.From).HasColumnName("TermFrom");
            term.Property(t => t.To).HasColumnName("TermTo");
            term.Property(t => t.DueEachYear).HasColumnName("TermDueEachYear").HasMaxLength(16);
            term.Property(t => t.PartOfYear).HasColumnName("TermPartOfYear").HasMaxLength(16);
        });
        builder.Navigation(m => m.Term).IsRequired();
        builder.Property(m => m.ExpectedResult).HasMaxLength(Limits.Text);
        builder.Property(m => m.Resources).HasMaxLength(Limits.Title);
        builder.OwnsOne(m => m.Monitoring, note =>
        {
            note.Property(n => n.ActualDate).HasColumnName("MonitoringActualDate");
            note.Property(n => n.Status).HasColumnName("MonitoringStatus").HasMaxLength(Limits.Name);
            note.Property(n => n.StatusNormalized).HasColumnName("MonitoringStatusNormalized").HasMaxLength(Limits.Short);
            note.Property(n => n.Result).HasColumnName("MonitoringResult").HasMaxLength(Limits.Text);
        });
        builder.HasOne(m => m.Risk).WithMany().HasForeignKey(m => m.RiskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Executors).WithOne().HasForeignKey(e => e.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
