using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(p => p.SourceFileName).HasMaxLength(Limits.Name);
        builder.Ignore(p => p.IsPublished);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.CoordinatorUnit).WithMany().HasForeignKey(p => p.CoordinatorUnitId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(p => p.LegalBasis, act =>
        {
            act.Property(a => a.Kind).HasColumnName("ActKind").HasMaxLength(Limits.Short);
            act.Property(a => a.Number).HasColumnName("ActNumber").HasMaxLength(Limits.Short);
            act.Property(a => a.Date).HasColumnName("ActDate");
            act.Property(a => a.Issuer).HasColumnName("ActIssuer").HasMaxLength(Limits.Name);
            act.Property(a => a.Title).HasColumnName("ActTitle").HasMaxLength(Limits.Title);
            act.Property(a => a.SignatoryPosition).HasColumnName("SignatoryPosition").HasMaxLength(Limits.Name);
            act.Property(a => a.SignatoryName).HasColumnName("SignatoryName").HasMaxLength(Limits.Name);
        });
        builder.Navigation(p => p.LegalBasis).IsRequired();

        builder.OwnsOne(p => p.Parent, parent =>
        {
            parent.Property(a => a.Title).HasColumnName("ParentTitle").HasMaxLength(Limits.Title);
            parent.Property(a => a.Number).HasColumnName("ParentNumber").HasMaxLength(Limits.Short);
            parent.Property(a => a.Date).HasColumnName("ParentDate");
            parent.Property(a => a.Kind).HasColumnName("ParentKind").HasMaxLength(Limits.Short);
            parent.Property(a => a.Issuer).HasColumnName("ParentIssuer").HasMaxLength(Limits.Name);
        });

        builder.OwnsOne(p => p.Reporting, rule =>
        {
            rule.Property(r => r.Frequency).HasColumnName("ReportingFrequency").HasConversion<string>().HasMaxLength(Limits.Short);
            rule.Property(r => r.DueDay).HasColumnName("ReportingDueDay");
            rule.Property(r => r.DueMonth).HasColumnName("ReportingDueMonth").HasConversion<string>().HasMaxLength(Limits.Short);
            rule.Property(r => r.DaysAfterPeriod).HasColumnName("ReportingDaysAfterPeriod");
            rule.Property(r => r.WorkingDays).HasColumnName("ReportingWorkingDays");
            rule.Property(r => r.MoveOffDaysOff).HasColumnName("ReportingMoveOffDaysOff");
            rule.Property(r => r.IsUnset).HasColumnName("ReportingUnset");
        });
        builder.Navigation(p => p.Reporting).IsRequired();

        builder.HasMany(p => p.Directions).WithOne().HasForeignKey(d => d.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Warnings).WithOne().HasForeignKey(w => w.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
