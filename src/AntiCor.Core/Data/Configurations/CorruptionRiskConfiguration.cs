using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class CorruptionRiskConfiguration : IEntityTypeConfiguration<CorruptionRisk>
{
    public void Configure(EntityTypeBuilder<CorruptionRisk> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProgrammeId, r.Position });
        builder.Property(r => r.Process).HasMaxLength(Limits.Title);
        builder.Property(r => r.Description).HasMaxLength(Limits.Text);
        builder.Property(r => r.Sources).HasMaxLength(Limits.Text);
        builder.Property(r => r.Controls).HasMaxLength(Limits.Text);
        builder.Property(r => r.Likelihood).HasMaxLength(Limits.Name);
        builder.Property(r => r.Consequence).HasMaxLength(Limits.Name);
        builder.Property(r => r.Level).HasMaxLength(Limits.Name);
        builder.Property(r => r.LevelNormalized).HasMaxLength(Limits.Short);
        builder.Ignore(r => r.Described);
    }
}
