using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class ProgrammeWarningConfiguration : IEntityTypeConfiguration<ProgrammeWarning>
{
    public void Configure(EntityTypeBuilder<ProgrammeWarning> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(Limits.Short).IsRequired();
        builder.Property(w => w.Message).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(w => w.MeasureNumber).HasMaxLength(Limits.Short);
    }
}
