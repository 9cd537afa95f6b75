using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace AntiCor.Tests.Shared;

/// <summary>One measurement a <see cref="MetricCapture"/> saw: the instrument, the value and its tags.</summary>
public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// Listens to one meter while a test runs, as an exporter would, and keeps every measurement.
/// Other tests in the process may record too, so assertions look for the measurement they caused.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measured> _seen = new();

    public MetricCapture(string meterName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
        _listener.Start();
    }

    /// <summary>The measurements of one instrument so far (observable instruments are read first).</summary>
    public IReadOnlyList<Measured> Of(string instrument)
    {
        _listener.RecordObservableInstruments();
        return [.. _seen.Where(m => m.Instrument == instrument)];
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _seen.Enqueue(new Measured(instrument.Name, value, copy));
    }
}
