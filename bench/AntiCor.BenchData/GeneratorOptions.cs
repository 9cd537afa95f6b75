using System.Globalization;

namespace AntiCor.BenchData;

/// <summary>The command line: how many organisations, the random seed, and the store.</summary>
internal sealed record GeneratorOptions(int Organizations, int Seed, string Provider, string? Connection, string Folder, int Workers)
{
    public const string Usage = """
        anticor-bench-data [--orgs N] [--seed S] [--provider Sqlite|Postgres] [--connection CONNECTION] [--folder DIR] [--workers N]
          Fills an empty store with a deterministic national-scale data set: N organisations (default 1,500)
          in oblast → hromada → enterprise order, each with its units, accounts, a programme of 30-60 measures
          in 5-9 directions with indicators, its quarters' obligations and reports (some returned and
          resubmitted, some late, some with a file). The same --seed gives the same data.
          --folder   the data folder (SQLite file, audit keys); default ./bench-data
          --connection  the store's connection string (PostgreSQL: required; SQLite: default a file in --folder)
          --workers  organisations written at once (default: the machine's cores); the data do not depend on it
        """;

    public static GeneratorOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (values.Keys.Except(["orgs", "seed", "provider", "connection", "folder", "workers"]).Any())
        {
            return null;
        }

        var provider = values.GetValueOrDefault("provider", "Sqlite");
        var connection = values.GetValueOrDefault("connection");
        if (provider is not ("Sqlite" or "Postgres") || (provider == "Postgres" && connection is null)
            || !int.TryParse(values.GetValueOrDefault("orgs", "1500"), NumberStyles.None, CultureInfo.InvariantCulture, out var orgs) || orgs < 1
            || !int.TryParse(values.GetValueOrDefault("seed", "1"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            || !int.TryParse(values.GetValueOrDefault("workers", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), NumberStyles.None, CultureInfo.InvariantCulture, out var workers) || workers < 1)
        {
            return null;
        }

        return new GeneratorOptions(orgs, seed, provider, connection, Path.GetFullPath(values.GetValueOrDefault("folder", "bench-data")), workers);
    }
}
