using AntiCor.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.Property(c => c.HeadHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Signature).HasMaxLength(200);
        builder.HasIndex(c => c.AtUtc);

        // One checkpoint per chain length: two nodes publishing the same head store it once.
        builder.HasIndex(c => new { c.ChainId, c.Count }).IsUnique();
    }
}
