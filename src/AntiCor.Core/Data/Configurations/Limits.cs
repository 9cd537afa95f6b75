namespace AntiCor.Core.Data.Configurations;

/// <summary>Column lengths, shared by the EF configuration and the validation of user input.</summary>
public static class Limits
{
    public const int Name = 500;
    public const int Title = 2000;
    public const int Text = 8000;
    public const int Short = 100;
}
