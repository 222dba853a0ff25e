#!/usr/bin/env zsh
# Prints the completions zsh offers for a command line, one per line, by typing it and a
# Tab into an interactive zsh on a pseudo-terminal (zsh/zpty) and recording what compadd
# receives. After the technique of Valodim's zsh-capture-completion.
#
# Usage: zsh complete.zsh FPATH_DIR 'secrets pa'
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 2 }
local dir=$1 words=$2
zpty z zsh -f -i
local line
setopt rcquotes
() {
    zpty -w z source $1
    repeat 8; do
        zpty -r z line
        [[ $line == ok* ]] && return
    done
    print -u2 'zsh did not start'
    exit 2
} =( <<< "
PROMPT=
fpath=('$dir' \$fpath)
autoload -U compinit
compinit -u -D
bindkey '^I' complete-word
null-line () { echo -E - \$'\\0' }
compprefuncs=( null-line )
comppostfuncs=( null-line exit )
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
compadd () {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
        builtin compadd \"\$@\"
        return \$?
    fi
    typeset -a __hits
    builtin compadd -A __hits \"\$@\"
    local h
    for h in \$__hits; do echo -E - \"\$h\"; done
}
echo ok")
zpty -w z "$words"$'\t'
integer tog=0
while zpty -r z; do :; done | while IFS= read -r line; do
    if [[ $line == *$'\0\r' ]]; then
        (( tog++ )) && exit 0 || continue
    fi
    (( tog )) && echo -E - ${line%$'\r'}
done
exit 2
