using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(u => u.NameKey).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.HasIndex(u => new { u.OrganizationId, u.NameKey }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(u => u.Aliases, alias =>
        {
            alias.ToTable("OrgUnitAliases");
            alias.WithOwner().HasForeignKey("OrgUnitId");
            alias.HasKey(a => a.Id);
            alias.Property(a => a.Text).HasMaxLength(Limits.Name).IsRequired();
            alias.Property(a => a.Key).HasMaxLength(Limits.Name).IsRequired();
        });
        builder.Navigation(u => u.Aliases).AutoInclude();
    }
}
