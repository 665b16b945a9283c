#pragma once

#include <QIcon>

namespace prime::ui {

// Vector icons painted at whatever size and device pixel ratio are asked for,
// so they stay sharp on high-DPI screens without an SVG plugin. The theme's
// icon is preferred when the desktop has one.
namespace Icons {
QIcon users();
QIcon keys();
QIcon settlement();
QIcon application();
} // namespace Icons

} // namespace prime::ui
