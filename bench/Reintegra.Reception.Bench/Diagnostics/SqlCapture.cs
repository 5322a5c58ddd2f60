using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Reintegra.Reception.Bench.Diagnostics;

/// <summary>
/// The SQL the application's EF Core sends, caught from its DiagnosticListener while capturing is on (off during
/// measurements, so that it costs nothing there). Used to EXPLAIN ANALYZE the statements behind slow requests.
/// </summary>
internal sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string CommandExecuted = RelationalEventId.CommandExecuted.Name!;

    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<CapturedCommand> _commands = [];
    private readonly IDisposable _all;
    private volatile bool _capturing;

    public SqlCapture()
    {
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Starts capturing (EF caches for about a second whether a diagnostic event is wanted, hence the wait).</summary>
    public async Task BeginAsync()
    {
        Take();
        _capturing = true;
        await Task.Delay(1500);
    }

    public void End() => _capturing = false;

    /// <summary>The commands captured since the last call, in order.</summary>
    public IReadOnlyList<CapturedCommand> Take()
    {
        lock (_commands)
        {
            var taken = _commands.ToList();
            _commands.Clear();
            return taken;
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this, (name, _, _) => _capturing && name == CommandExecuted));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!_capturing || value.Value is not CommandExecutedEventData e)
        {
            return;
        }
        // Called inside the application's request: never let the capture break it.
        try
        {
            var parameters = e.Command.Parameters.Cast<DbParameter>()
                .Select(p => new CapturedParameter(p.ParameterName, p.Value, p.DbType, (p as NpgsqlParameter)?.NpgsqlDbType))
                .ToList();
            lock (_commands)
            {
                _commands.Add(new CapturedCommand(e.Command.CommandText, parameters, e.Duration));
            }
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"SQL capture failed: {ex.Message}");
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}

internal sealed record CapturedCommand(string Sql, IReadOnlyList<CapturedParameter> Parameters, TimeSpan Duration);

internal sealed record CapturedParameter(string Name, object? Value, DbType DbType, NpgsqlDbType? NpgsqlDbType);
