using AntiCor.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class PublicDownloadCountConfiguration : IEntityTypeConfiguration<PublicDownloadCount>
{
    public void Configure(EntityTypeBuilder<PublicDownloadCount> builder)
    {
        builder.HasKey(c => new { c.Day, c.Entity, c.EntityId, c.Format });
        builder.Property(c => c.Entity).HasMaxLength(Limits.Short);
        builder.Property(c => c.EntityId).HasMaxLength(Limits.Short);
        builder.Property(c => c.Format).HasMaxLength(16);
    }
}
