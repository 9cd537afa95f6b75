using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Key).HasMaxLength(16).IsRequired();
        builder.Property(p => p.ReopenReason).HasMaxLength(Limits.Title);
        builder.HasIndex(p => new { p.ProgrammeId, p.Key }).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.DueOn });
        builder.Ignore(p => p.ParsedKey);
    }
}

/// <summary>
/// No foreign key to the measure: a measure removed by an amending act leaves its obligations
/// and their reports in place (withdrawn), so nothing already reported is lost.
/// </summary>
internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> builder)
    {
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(o => o.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.HasIndex(o => new { o.PeriodId, o.MeasureId, o.OrgUnitId }).IsUnique();
        builder.HasIndex(o => new { o.OrgUnitId, o.PeriodId });
        builder.HasIndex(o => o.MeasureId);
        // The periods list, the history import and the regeneration of obligations filter by
        // programme alone; without this index each of them scanned every organisation's
        // obligations (471 ms against 0.45 ms at 1,500 organisations, bench/RESULTS.md).
        builder.HasIndex(o => o.ProgrammeId);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.HasOne<Obligation>().WithMany().HasForeignKey(r => r.ObligationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ObligationId, r.Number }).IsUnique();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(r => r.MessageType).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(r => r.WhatWasDone).HasMaxLength(Limits.Text);
        builder.Property(r => r.Reasons).HasMaxLength(Limits.Text);
        builder.Property(r => r.CancellingAct).HasMaxLength(Limits.Name);
        builder.Property(r => r.CorrectionReason).HasMaxLength(Limits.Title);
        builder.Property(r => r.ReviewComment).HasMaxLength(Limits.Title);
        builder.HasMany(r => r.IndicatorValues).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.IndicatorValues).AutoInclude();
        builder.Navigation(r => r.Evidence).AutoInclude();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.HasIndex(v => new { v.ReportId, v.IndicatorId }).IsUnique();
    }
}

internal sealed class ReportEvidenceConfiguration : IEntityTypeConfiguration<ReportEvidence>
{
    public void Configure(EntityTypeBuilder<ReportEvidence> builder)
    {
        builder.HasOne<EvidenceContent>().WithMany().HasForeignKey(e => e.ContentSha256).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Url).HasMaxLength(Limits.Title);
        builder.Property(e => e.Title).HasMaxLength(Limits.Name);
        builder.Property(e => e.FileName).HasMaxLength(Limits.Name);
        builder.Property(e => e.MediaType).HasMaxLength(Limits.Short);
    }
}

internal sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> builder)
    {
        builder.HasKey(c => c.Sha256);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.MediaType).HasMaxLength(Limits.Short).IsRequired();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasIndex(i => i.MeasureId);
        builder.Property(i => i.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(i => i.UnitOfMeasure).HasMaxLength(Limits.Short).IsRequired();
        builder.Property(i => i.ProgrammeTarget).HasPrecision(18, 4);
        builder.Property(i => i.TargetText).HasMaxLength(Limits.Name);
        builder.OwnsMany(i => i.Targets, t =>
        {
            t.ToTable("IndicatorTargets");
            t.WithOwner().HasForeignKey("IndicatorId");
            t.HasKey(x => x.Id);
            t.Property(x => x.PeriodKey).HasMaxLength(16).IsRequired();
            t.Property(x => x.Target).HasPrecision(18, 4);
        });
    }
}

internal sealed class MeasureAssessmentConfiguration : IEntityTypeConfiguration<MeasureAssessment>
{
    public void Configure(EntityTypeBuilder<MeasureAssessment> builder)
    {
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PeriodId, a.MeasureId }).IsUnique();
        builder.Property(a => a.Verdict).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(a => a.StatusOverride).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(a => a.OverrideReason).HasMaxLength(Limits.Title);
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.HasOne<Obligation>().WithMany().HasForeignKey(d => d.ObligationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Kind).HasMaxLength(32).IsRequired();
        builder.HasIndex(d => new { d.ObligationId, d.Kind }).IsUnique();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.TokenSha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(f => f.TokenSha256).IsUnique();
        builder.HasIndex(f => f.UserId);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.MemberId }).IsUnique();
        // Members are read per organisation when obligations expand groups.
        builder.HasIndex(m => m.OrganizationId);
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.HasIndex(h => h.Date).IsUnique();
        builder.Property(h => h.Name).HasMaxLength(Limits.Name).IsRequired();
    }
}
