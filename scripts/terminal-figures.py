"""The figures of docs/reliability.md ("The user's terminal"): issue 13's
terminal findings replayed against a build of the app, each case in a fresh
pty (the app as session leader, as in `xterm -e`), reporting the exit, the
termios and the modes the output leaves on, the CPU burnt after the terminal
closes, and the peak RSS per window size (address space capped at 8 GB, so a
runaway allocation aborts instead of hurting the machine).

    python3 scripts/terminal-figures.py target/debug/karabakh-timeline

Standard library only; Linux (reads /proc)."""
import os, pty, sys, time, signal, termios, fcntl, struct, resource, select

BIN = sys.argv[1]
def spawn(args=('--bidi', 'app'), size=(40, 160), pre=None, env=None):
    pid, fd = pty.fork()
    if pid == 0:
        if pre: pre()
        e = dict(os.environ, TERM='xterm-256color'); e.pop('LANG', None)
        if env: e.update(env)
        os.execve(BIN if args[0] != 'sh' else '/bin/sh', ([BIN] + list(args)) if args[0] != 'sh' else list(args), e)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', size[0], size[1], 0, 0))
    return pid, fd

def drain(fd, secs):
    out = b''; end = time.time() + secs
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], max(0, end - time.time()))
        if not r: break
        try: d = os.read(fd, 65536)
        except OSError: break
        if not d: break
        out += d
    return out

def modes(out):
    on = lambda s, r: out.rfind(s) > out.rfind(r)
    return {'alt': on(b'\x1b[?1049h', b'\x1b[?1049l'), 'mouse': on(b'\x1b[?1000h', b'\x1b[?1000l'),
            'explicit(8l)': on(b'\x1b[8l', b'\x1b[8h'), 'cursor hidden': on(b'\x1b[?25l', b'\x1b[?25h')}

def lflags(fd):
    l = termios.tcgetattr(fd)[3]
    return ('icanon' if l & termios.ICANON else '-icanon') + ' ' + ('echo' if l & termios.ECHO else '-echo')

def status(pid, secs):
    end = time.time() + secs
    while time.time() < end:
        p, st = os.waitpid(pid, os.WNOHANG)
        if p:
            return ('signal %s' % signal.Signals(os.WTERMSIG(st)).name) if os.WIFSIGNALED(st) else 'exit %d' % os.WEXITSTATUS(st)
        time.sleep(0.02)
    return 'still running after %.1fs' % secs

def no_core(): resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

for sig in ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGALRM']:
    pid, fd = spawn(pre=no_core); out = drain(fd, 1.5)
    os.kill(pid, getattr(signal, sig)); out += drain(fd, 1.0)
    st = status(pid, 3)
    if st.startswith('still'): os.kill(pid, 9); os.waitpid(pid, 0)
    print(f'{sig:8} -> {st:16} termios {lflags(fd):14} modes left on: {[k for k,v in modes(out).items() if v]}')
    os.close(fd)

# EOF with SIGHUP ignored
def ign_hup(): signal.signal(signal.SIGHUP, signal.SIG_IGN)
pid, fd = spawn(pre=ign_hup); drain(fd, 1.5); os.close(fd)
time.sleep(2.0)
st = status(pid, 0.1)
try:
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    cpu = (int(f[11]) + int(f[12])) / os.sysconf('SC_CLK_TCK')
except Exception: cpu = None
if st.startswith('still'): os.kill(pid, 9); os.waitpid(pid, 0)
print(f'closed terminal, SIGHUP ignored -> {st}; CPU used in the 2 s after closing: {cpu}')

# lock-ups: sequence, 1 s quiet, then q
for seq in [b'\x1b[<', b'\x1b[?2026;2$y', b'\x1b[200~']:
    pid, fd = spawn(); drain(fd, 1.5)
    os.write(fd, seq); drain(fd, 1.0); os.write(fd, b'q'); drain(fd, 1.0); os.write(fd, b'\x03'); out = drain(fd, 1.0)
    st = status(pid, 2)
    if st.startswith('still'): os.kill(pid, 9); os.waitpid(pid, 0)
    print(f'{seq!r:22} then q, Ctrl-C -> {st}')
    os.close(fd)

# window size
def limit(): resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30)); no_core()
for size in [(40, 160), (500, 2000), (65535, 65535)]:
    pid, fd = spawn(size=size, pre=limit); t = time.time(); drain(fd, 3.0)
    st = status(pid, 0.1)
    hwm = None
    if st.startswith('still'):
        hwm = [l for l in open(f'/proc/{pid}/status') if l.startswith('VmHWM')][0].split()[1]
        os.write(fd, b'q'); drain(fd, 1.0); st = status(pid, 3)
    print(f'window {size[1]}x{size[0]} -> peak RSS {hwm} kB, then {st}')
    os.close(fd)
