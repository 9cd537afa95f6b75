using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class MeasureExecutorConfiguration : IEntityTypeConfiguration<MeasureExecutor>
{
    public void Configure(EntityTypeBuilder<MeasureExecutor> builder)
    {
        builder.Property(e => e.RawText).HasMaxLength(Limits.Name).IsRequired();
        builder.HasOne(e => e.OrgUnit).WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.MeasureId, e.OrgUnitId }).IsUnique();
    }
}
