using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Advice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class MeasureAdviceDismissalConfiguration : IEntityTypeConfiguration<MeasureAdviceDismissal>
{
    public void Configure(EntityTypeBuilder<MeasureAdviceDismissal> builder)
    {
        builder.HasOne<Measure>().WithMany().HasForeignKey(d => d.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.Property(d => d.Reason).HasMaxLength(MeasureAdviceDismissal.ReasonMaxLength).IsRequired();
        builder.HasIndex(d => new { d.MeasureId, d.Kind }).IsUnique();
    }
}
