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
