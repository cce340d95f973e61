#!/bin/sh
# Put Sister City Registry in the menu, from the unpacked application folder this script
# is in (dist/sister-city-registry/, or the .tar.gz unpacked anywhere).
#
#   ./install.sh                      for you: the app in ~/.local/lib/sister-city-registry,
#                                     the entry in your menu, `sister-cities` in ~/.local/bin
#   sudo ./install.sh --system        for everyone on this computer: /opt/sister-city-registry,
#                                     /usr/local/share/applications, /usr/local/bin
#   ./install.sh --uninstall [--system]
#                                     take them out again; registries and settings stay
#
# Installing again (a newer version) replaces the app; the registry, its backups and the
# settings live in each user's own folders and are never touched.
set -eu

NAME=sister-city-registry
COMMAND=sister-cities
HERE=$(cd "$(dirname "$0")" && pwd -P)
RESOURCES="$HERE/_internal/desktop/resources"
SIZES="16 24 32 48 64 128 256 512"

scope=user
action=install
for argument in "$@"; do
    case "$argument" in
        --system) scope=system ;;
        --user) scope=user ;;
        --uninstall) action=uninstall ;;
        -h | --help)
            sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install.sh: unknown option '$argument' (see ./install.sh --help)" >&2
            exit 2
            ;;
    esac
done

if [ "$scope" = system ]; then
    app_dir=/opt/$NAME
    bin_dir=/usr/local/bin
    share_dir=/usr/local/share
    if [ "$(id -u)" -ne 0 ]; then
        echo "install.sh: --system writes to /opt and /usr/local: run it with sudo." >&2
        exit 1
    fi
else
    app_dir=$HOME/.local/lib/$NAME
    bin_dir=$HOME/.local/bin
    share_dir=${XDG_DATA_HOME:-$HOME/.local/share}
fi
menu_file=$share_dir/applications/$NAME.desktop
icons_dir=$share_dir/icons/hicolor

refresh_menus() {
    # Desktops notice new entries by themselves; these make it immediate where present.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share_dir/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons_dir/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$icons_dir" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -f "$menu_file"
    for size in $SIZES; do
        rm -f "$icons_dir/${size}x${size}/apps/$NAME.png"
    done
    rm -f "$icons_dir/scalable/apps/$NAME.svg"
    if [ -L "$bin_dir/$COMMAND" ]; then
        rm -f "$bin_dir/$COMMAND"
    fi
    # Also when this is the installed copy's own script: sh keeps reading it once deleted.
    rm -rf "$app_dir"
    refresh_menus
    echo "Sister City Registry is no longer installed for the $scope."
    echo "The registries, their backups and the settings were left where they are."
    exit 0
fi

if [ ! -x "$HERE/$COMMAND" ] || [ ! -d "$RESOURCES/icons" ]; then
    echo "install.sh: run it from the unpacked application folder ($HERE has no $COMMAND)." >&2
    exit 1
fi

# The app: copied beside its final place first, then swapped in, so an interrupted copy
# never leaves half an application where the menu points.
if [ "$app_dir" != "$HERE" ]; then
    mkdir -p "$(dirname "$app_dir")"
    staging="$app_dir.new.$$"
    rm -rf "$staging"
    cp -R "$HERE" "$staging"
    rm -rf "$app_dir"
    mv "$staging" "$app_dir"
fi

# The command, for a terminal: `sister-cities --help`.
mkdir -p "$bin_dir"
ln -sf "$app_dir/$COMMAND" "$bin_dir/$COMMAND"

# The icon, in the sizes menus and docks ask for, and the SVG for any other size.
for size in $SIZES; do
    mkdir -p "$icons_dir/${size}x${size}/apps"
    cp "$RESOURCES/icons/$NAME-$size.png" "$icons_dir/${size}x${size}/apps/$NAME.png"
done
mkdir -p "$icons_dir/scalable/apps"
cp "$RESOURCES/icons/$NAME.svg" "$icons_dir/scalable/apps/$NAME.svg"

# The menu entry, starting this copy of the app by its whole path (a menu does not always
# see ~/.local/bin on its PATH).
mkdir -p "$share_dir/applications"
sed -e "s|^Exec=.*|Exec=\"$app_dir/$COMMAND\"|" \
    -e "s|^TryExec=.*|TryExec=$app_dir/$COMMAND|" \
    "$RESOURCES/$NAME.desktop" >"$menu_file.new.$$"
chmod 644 "$menu_file.new.$$"
mv "$menu_file.new.$$" "$menu_file"
refresh_menus

echo "Sister City Registry is installed for the $scope:"
echo "  the app        $app_dir"
echo "  the menu entry $menu_file (Office > Sister City Registry)"
echo "  the command    $bin_dir/$COMMAND"
echo "Each user's registry is ~/.local/share/$NAME/registry.sqlite unless another is"
echo "chosen (Edit > Settings > Database, or --db); Help > About names the one in use."
