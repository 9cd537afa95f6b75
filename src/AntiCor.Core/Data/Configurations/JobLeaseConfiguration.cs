using AntiCor.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(JobLease.NameLength);
        builder.Property(j => j.LeaseOwner).HasMaxLength(JobLease.OwnerLength);
        builder.Property(j => j.LastError).HasMaxLength(Limits.Text);
    }
}
