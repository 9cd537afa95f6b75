using AntiCor.Core.Domain;
using AntiCor.Core.Mail;
using AntiCor.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.PersonName).HasMaxLength(Limits.Name);
        builder.Property(d => d.Email).HasMaxLength(OutboxMessage.AddressLength);
        builder.Property(d => d.Position).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(d => d.RegisterUrl).HasMaxLength(Limits.Title);
        // A declarant once per campaign; an erased address (null) no longer takes part.
        builder.HasIndex(d => new { d.OrganizationId, d.Year, d.Email }).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.DueOn });
        builder.Ignore(d => d.RecordedOn);
        builder.Ignore(d => d.IsLeaver);
    }
}

internal sealed class LiablePersonConfiguration : IEntityTypeConfiguration<LiablePerson>
{
    public void Configure(EntityTypeBuilder<LiablePerson> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.PersonName).HasMaxLength(Limits.Name);
        builder.Property(l => l.Position).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(l => l.Offence).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(l => l.DecisionKind).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(l => l.Decision).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(l => l.MeasuresTaken).HasMaxLength(Limits.Text);
        builder.HasIndex(l => new { l.OrganizationId, l.DecisionOn });
        builder.Ignore(l => l.RecordedOn);
    }
}

internal sealed class TrainingEventConfiguration : IEntityTypeConfiguration<TrainingEvent>
{
    public void Configure(EntityTypeBuilder<TrainingEvent> builder)
    {
        builder.Property(t => t.Topic).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(t => t.Organiser).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(t => new { t.OrganizationId, t.StartsOn });
        builder.Ignore(t => t.RecordedOn);
        builder.OwnsMany(t => t.Participants, p =>
        {
            p.ToTable("TrainingParticipants");
            p.WithOwner().HasForeignKey("TrainingEventId");
            p.HasKey(x => x.Id);
            p.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            p.Property(x => x.PersonName).HasMaxLength(Limits.Name);
            p.Property(x => x.CertificateFileName).HasMaxLength(Limits.Name);
            p.Property(x => x.CertificateSha256).HasMaxLength(64);
        });
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.PersonName).HasMaxLength(Limits.Name);
        builder.Property(c => c.Question).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(c => c.Answer).HasMaxLength(Limits.Text);
        builder.HasIndex(c => new { c.OrganizationId, c.AskedOn });
        builder.Ignore(c => c.RecordedOn);
    }
}
