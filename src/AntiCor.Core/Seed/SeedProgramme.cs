namespace AntiCor.Core.Seed;

/// <summary>
/// The bundled sample: order No. 98 of 12.08.2019 of the mayor of Kropyvnytskyi with its annex,
/// as plain text. Loaded into an empty database so a first start shows a real programme.
/// </summary>
public static class SeedProgramme
{
    public const string FileName = "kropyvnytskyi-2019-order-98.txt";

    /// <summary>The organisation the sample installs into: the city council named in the order.</summary>
    public const string OrganizationSlug = "kropyvnytskyi";

    public const string OrganizationName = "Міська рада міста Кропивницького";

    public static byte[] Read()
    {
        using var stream = typeof(SeedProgramme).Assembly.GetManifestResourceStream("AntiCor.Seed." + FileName)
            ?? throw new InvalidOperationException("Зразок програми відсутній у збірці.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
