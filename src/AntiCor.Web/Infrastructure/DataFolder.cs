namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Where AntiCor keeps its files (the SQLite database by default): `Data:Folder`, relative to
/// the content root unless absolute, `App_Data` when not configured.
/// </summary>
public static class DataFolder
{
    public const string ConfigurationKey = "Data:Folder";
    public const string Default = "App_Data";

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ConfigurationKey];
        var folder = string.IsNullOrWhiteSpace(configured) ? Default : configured;
        return Path.GetFullPath(folder, contentRoot);
    }
}
