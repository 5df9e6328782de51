/// The picture of a card whose tutorial drew no figure (written to `_static/no_image.svg`).
enum Placeholder {
    static let svg = #"""
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="280" viewBox="0 0 400 280">
  <rect width="400" height="280" fill="#f6f8fa"/>
  <g fill="none" stroke="#c5ced8" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
    <rect x="140" y="85" width="120" height="95" rx="8"/>
    <path d="M150 170 l32 -38 l26 28 l16 -16 l26 26"/>
    <circle cx="228" cy="112" r="9"/>
  </g>
  <text x="200" y="220" font-family="DejaVu Sans, Arial, sans-serif" font-size="17" fill="#8c959f"
        text-anchor="middle">no figure</text>
</svg>
"""#
}
