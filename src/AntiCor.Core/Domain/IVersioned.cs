namespace AntiCor.Core.Domain;

/// <summary>
/// A record edited by people through forms: its version goes up with every save and is checked by
/// the UPDATE, so of two concurrent saves from the same version the second is refused.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
