using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class ColumnPresetConfiguration : IEntityTypeConfiguration<ColumnPreset>
{
    public void Configure(EntityTypeBuilder<ColumnPreset> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Header).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(p => p.Meaning).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.HasIndex(p => new { p.OrganizationId, p.Header }).IsUnique();
    }
}
