using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.PrimitiveCollection(o => o.FormerNames);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(o => o.Code).HasMaxLength(8);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Katottg).HasMaxLength(19);
        builder.Property(o => o.Slug).HasMaxLength(OrganizationSlug.MaxLength).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.ContactName).HasMaxLength(200);
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
