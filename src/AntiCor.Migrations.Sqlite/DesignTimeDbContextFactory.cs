using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AntiCor.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
        return new AppDbContext(builder.Options);
    }
}
