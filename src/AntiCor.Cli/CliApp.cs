using AntiCor.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace AntiCor.Cli;

/// <summary>
/// The `anticor` command. Configuration comes from the environment as for the web app
/// (Database__Provider, ConnectionStrings__AntiCor, Data__Folder) and from the options
/// --provider, --connection and --data-folder.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Unreadable = 2;

    private const string Usage = """
        Використання:
          anticor import FILE [--org SLUG] [--json] [--dry-run] [--sheet АРКУШ] [--publish] [--use-suggestions]
                                                     імпортувати програму з документа
                                                     (.txt, .docx, .html, .xlsx) до організації SLUG
                                                     (без --org: до єдиної); АРКУШ — аркуш книги;
                                                     --publish: одразу оприлюднити (інакше чернетка);
                                                     виконавця, якого немає серед підрозділів, створено
                                                     як новий підрозділ, а «можливо, …?» виведено як
                                                     попередження; --use-suggestions: натомість
                                                     зв'язати з запропонованим (назва — його варіант)
          anticor orgs add НАЗВА --code ЄДРПОУ [--slug SLUG] [--kind ВИД] [--parent SLUG]
                                                     створити організацію
          anticor orgs list                          перелічити організації
          anticor export PROGRAMME --format docx|xlsx|csv|json [-o FILE]
                                                     вивантажити програму: PROGRAMME — ідентифікатор
                                                     збереженої програми або файл документа
          anticor report PROGRAMME --period 2020Q1|2020H1|2020 --format docx|xlsx [-o FILE] [--org SLUG]
                                                     зведений звіт про стан виконання програми за
                                                     квартал або наростаючим підсумком за півріччя, рік
          anticor migrate                            оновити схему бази даних
          anticor users add EMAIL --role ROLE [--org SLUG] [--unit ПІДРОЗДІЛ]
                                                     створити користувача й показати одноразовий пароль;
                                                     лише для оператора сервера (роль діє одразу);
                                                     адміністратори запрошують на /admin/users
          anticor audit verify [--org SLUG] [--checkpoint FILE]
                                                     перевірити ланцюжки журналу аудиту (FILE — JSON
                                                     контрольних точок з /api/v1/audit/checkpoints)
          anticor audit checkpoint                   опублікувати контрольну точку журналу аудиту
          anticor archive export -o FILE [--org SLUG] записати всю базу (або одну організацію) з файлами
                                                     доказів у переносний архів (zip з JSON Lines)
          anticor archive import FILE                завантажити архів до порожньої бази (SQLite або PostgreSQL)
          anticor backup -o FILE                     резервна копія працюючої бази разом із файлами доказів
          anticor restore FILE                       відновити резервну копію до порожньої бази
        Параметри бази даних: --provider Sqlite|Postgres, --connection РЯДОК, --data-folder ТЕКА
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IConfiguration? overrides = null)
    {
        var options = CliOptions.Parse(args);
        if (options.Error is not null)
        {
            await stderr.WriteLineAsync(options.Error);
            await stderr.WriteLineAsync(Usage);
            return Failed;
        }

        var configuration = BuildConfiguration(options, overrides);
        try
        {
            return options.Command switch
            {
                "import" => await ImportCommand.RunAsync(options, configuration, stdout, stderr),
                "export" => await ExportCommand.RunAsync(options, configuration, stdout, stderr),
                "report" => await ReportCommand.RunAsync(options, configuration, stdout, stderr),
                "migrate" => await MigrateCommand.RunAsync(configuration, stdout),
                "users" => await UsersCommand.RunAsync(args, configuration, stdout, stderr),
                "orgs" => await OrgsCommand.RunAsync(options, configuration, stdout, stderr),
                "audit" => await AuditCommand.RunAsync(options, configuration, stdout, stderr),
                "archive" or "backup" or "restore" => await Archive.ArchiveCommand.RunAsync(options, configuration, stdout, stderr),
                _ => await HelpAsync(stdout),
            };
        }
        catch (InvalidOperationException e) when (e.Source is "AntiCor.Core" or "anticor")
        {
            await stderr.WriteLineAsync(e.Message);
            return Failed;
        }
    }

    private static async Task<int> HelpAsync(TextWriter stdout)
    {
        await stdout.WriteLineAsync(Usage);
        return Ok;
    }

    private static IConfiguration BuildConfiguration(CliOptions options, IConfiguration? overrides)
    {
        var builder = new ConfigurationBuilder().AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.AddConfiguration(overrides);
        }

        builder.AddInMemoryCollection(options.Settings);
        return builder.Build();
    }
}
