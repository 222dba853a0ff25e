"""Prints the completions elvish offers for a command line, one per line.

Usage: python3 complete-elvish.py SCRIPT WORD... (the last word is the one being completed)

The arg-completer exists only in an interactive elvish, so one runs on a pseudo-terminal:
it loads SCRIPT, calls the completer clap generated, and filters the candidates with
elvish's own prefix matcher (edit:match-prefix), as the editor does on Tab. A script that
fails to load prints nothing (and no END marker), so the caller's assertions fail.
"""
import os, pty, sys, time, re, select
script, words = sys.argv[1], sys.argv[2:]
seed = words[-1]
cmd = ("eval (slurp < '%s'); var c = [($edit:completion:arg-completer[secrets] %s)]; "
       "for x $c { if (edit:match-prefix '%s' [$x[stem]]) { echo 'CAND:'$x[stem] } }; echo 'END'MARK\n") % (script, " ".join("'%s'" % w for w in words), seed)
pid, fd = pty.fork()
if pid == 0:
    os.environ['TERM'] = 'dumb'
    os.execvp('elvish', ['elvish', '-norc'])
out = b''
os.write(fd, cmd.encode())
deadline = time.time() + 15
while b'ENDMARK' not in out and time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 0.5)
    if r:
        try: out += os.read(fd, 4096)
        except OSError: break
os.write(fd, b'exit\n')
os.waitpid(pid, 0)
if b'ENDMARK' not in out:
    sys.exit('elvish did not finish: ' + out.decode(errors='replace')[-500:])
text = re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', out.decode(errors='replace'))
for line in text.replace('\r', '\n').split('\n'):
    if line.startswith('CAND:'): print(line[5:])
