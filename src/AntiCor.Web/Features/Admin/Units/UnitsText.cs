namespace AntiCor.Web.Features.Admin.Units;

public static class UnitsText
{
    public const string Title = "Підрозділи";
    public const string NameAndOrganizationRequired = "Вкажіть назву підрозділу й орган, до якого він належить.";
    public const string AlreadyExists = "Підрозділ із такою назвою (або таким варіантом написання) уже є.";
    public const string AliasRequired = "Вкажіть варіант написання назви.";

    public static string Kind(AntiCor.Core.Domain.ExecutorKind kind) => kind switch
    {
        AntiCor.Core.Domain.ExecutorKind.Group => "група підрозділів",
        AntiCor.Core.Domain.ExecutorKind.External => "зовнішній учасник",
        AntiCor.Core.Domain.ExecutorKind.Position => "посадова особа",
        _ => "підрозділ",
    };
}
