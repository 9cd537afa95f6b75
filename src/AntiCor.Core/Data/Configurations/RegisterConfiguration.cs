using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class RegisterLinkConfiguration : IEntityTypeConfiguration<RegisterLink>
{
    public void Configure(EntityTypeBuilder<RegisterLink> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Register).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.HasIndex(l => new { l.ProgrammeId, l.Register }).IsUnique();
        builder.HasIndex(l => l.MeasureId);
        builder.OwnsMany(l => l.Indicators, i =>
        {
            i.ToTable("RegisterLinkIndicators");
            i.WithOwner().HasForeignKey("RegisterLinkId");
            i.HasKey(x => x.Id);
            i.Property(x => x.FigureCode).HasMaxLength(Limits.Short).IsRequired();
        });
    }
}

internal sealed class RiskFactorConfiguration : IEntityTypeConfiguration<RiskFactor>
{
    public void Configure(EntityTypeBuilder<RiskFactor> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(f => new { f.OrganizationId, f.Name }).IsUnique();
    }
}

internal sealed class DraftActReviewConfiguration : IEntityTypeConfiguration<DraftActReview>
{
    public void Configure(EntityTypeBuilder<DraftActReview> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(r => r.Conclusion).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(r => r.FileName).HasMaxLength(Limits.Name);
        builder.Property(r => r.FileSha256).HasMaxLength(64);
        builder.Property(r => r.Proposals).HasMaxLength(Limits.Text);
        builder.HasIndex(r => new { r.OrganizationId, r.SubmittedOn });
        builder.OwnsMany(r => r.Factors, f =>
        {
            f.ToTable("DraftActFactors");
            f.WithOwner().HasForeignKey("DraftActReviewId");
            f.HasKey(x => x.Id);
            f.HasOne<RiskFactor>().WithMany().HasForeignKey(x => x.FactorId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class AppointmentNoticeConfiguration : IEntityTypeConfiguration<AppointmentNotice>
{
    public void Configure(EntityTypeBuilder<AppointmentNotice> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(n => n.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.CandidateName).HasMaxLength(Limits.Name);
        builder.Property(n => n.Position).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(n => n.Category).HasMaxLength(Limits.Short).IsRequired();
        builder.HasIndex(n => new { n.OrganizationId, n.NoticeReceivedOn });
        builder.Ignore(n => n.RecordedOn);
    }
}

internal sealed class ConflictOfInterestConfiguration : IEntityTypeConfiguration<ConflictOfInterest>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterest> builder)
    {
        builder.ToTable("ConflictsOfInterest");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.PersonName).HasMaxLength(Limits.Name);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(c => c.Description).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(c => c.SettlementDecision).HasMaxLength(Limits.Text);
        builder.Property(c => c.Outcome).HasMaxLength(Limits.Text);
        builder.HasIndex(c => new { c.OrganizationId, c.NotifiedOn });
        builder.Ignore(c => c.RecordedOn);
    }
}
