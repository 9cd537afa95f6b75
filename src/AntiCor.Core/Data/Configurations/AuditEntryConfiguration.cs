using AntiCor.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // One chain per organisation (and the deployment's own, Guid.Empty): positions count within a chain.
        builder.HasKey(a => new { a.ChainId, a.Sequence });
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ChainId).ValueGeneratedNever();
        builder.Property(a => a.ActorId).HasMaxLength(Limits.Short);
        builder.Property(a => a.ActorName).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(Limits.Short).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(Limits.Short);
        builder.Property(a => a.EntityId).HasMaxLength(Limits.Short);
        builder.Property(a => a.Ip).HasMaxLength(Limits.Short);
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Mac).HasMaxLength(64);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.AtUtc);
    }
}
