"""runpose synthetic side-view running clip generator (Blender 3.4, Cycles).

Run by tools/synth/render.sh as

    blender -b human_rig.blend --python tools/synth/gen_run.py -- [options]

It removes the shipped walk animation, poses the MakeHuman rig procedurally
for every frame (running cycle on the spot, treadmill-like), renders PNG
frames with Cycles and writes <name>.labels.json with the ground truth
(2D/3D keypoints, stance foot, trunk lean, lumbar extension, camera).

Coordinate conventions (also written into the JSON):
  world: metres, Z up, floor is z = 0, the runner faces +X (running direction
         is +X in the world), +Y is the runner's left, the runner's pelvis
         stays at x = 0, y = 0 (running on the spot), or with --travel moves
         along +X over the floor, at x = 0 half-way through the clip.
  image: pixels of the upright, displayed image (after any rotation metadata
         is honoured), origin at the top-left corner of the top-left pixel,
         u to the right, v down; the centre of the top-left pixel is (0.5, 0.5).
"""

import argparse
import json
import math
import os
import sys
import time

import bpy
from mathutils import Matrix, Quaternion, Vector

GENERATOR_VERSION = "1"
TRAVEL = ("treadmill", "cross", "pan")
PAN_LAG_S = 0.4  # the camera aims where the runner was on average over the last PAN_LAG_S seconds

# ----------------------------------------------------------------------------
# options
# ----------------------------------------------------------------------------


def parse_args():
    argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    ap = argparse.ArgumentParser(prog="gen_run.py")
    ap.add_argument("--name", default="run_side")
    ap.add_argument("--out-dir", required=True, help="folder for <name>.labels.json")
    ap.add_argument("--frames-dir", default=None, help="folder for PNG frames")
    ap.add_argument("--lean", type=float, default=5.0)
    ap.add_argument("--lumbar", type=float, default=0.0)
    ap.add_argument("--direction", choices=["right", "left"], default="right")
    ap.add_argument("--roll", type=float, default=0.0)
    ap.add_argument("--elevation", type=float, default=0.0)
    ap.add_argument("--distance", type=float, default=5.0)
    ap.add_argument("--cam-height", type=float, default=1.0)
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=480)
    ap.add_argument("--samples", type=int, default=12)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--cadence", type=float, default=176.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rotate-metadata", type=int, choices=[0, 90, 270], default=0)
    ap.add_argument("--crf", type=int, default=20)
    ap.add_argument("--body", choices=sorted(BODY_SHAPES), default="standard",
                    help="body shape around the pelvis and lower trunk; joints and spine posture unchanged")
    ap.add_argument("--travel", choices=list(TRAVEL), default="treadmill",
                    help="treadmill: on the spot; cross: over the floor past a fixed camera; "
                         "pan: over the floor, the camera turning on its tripod to follow")
    ap.add_argument("--lens", type=float, default=50.0,
                    help="focal length in mm on a 36 mm wide sensor (26 = a phone's main camera)")
    ap.add_argument("--clothes", choices=["light", "dark"], default="light",
                    help="dark: near-black t-shirt and jeans in front of a near-black wall")
    ap.add_argument("--rails", choices=["none", "hand"], default="none",
                    help="hand: treadmill handrails at hip height on both sides, hiding hands and hips in part")
    ap.add_argument("--strike", choices=["heel", "forefoot"], default="heel",
                    help="the shoe's pitch at contact: heel first (toes 8 deg up) or forefoot first (8 deg down)")
    ap.add_argument("--split", choices=["tuning", "check"], default="tuning",
                    help="the clip's role: tuning (developed against) or check (only scored to report)")
    ap.add_argument("--labels-only", action="store_true")
    ap.add_argument("--frames", default=None,
                    help="comma separated frame indices to render (preview); labels still cover all frames")
    a = ap.parse_args(argv)
    if a.rails != "none" and a.travel != "treadmill":
        ap.error("--rails belong to the treadmill (--travel treadmill)")
    return a


# ----------------------------------------------------------------------------
# small maths helpers (pure python, deterministic)
# ----------------------------------------------------------------------------


def periodic_spline(keys, x):
    """Periodic cubic Hermite through (x_i, y_i), x in [0,1), tangents by
    central differences (non-uniform Catmull-Rom)."""
    xs = [k[0] for k in keys]
    ys = [k[1] for k in keys]
    n = len(xs)
    x = x % 1.0

    def X(i):
        return xs[i % n] + math.floor(i / n)

    def Y(i):
        return ys[i % n]

    i = 0
    while i + 1 < n and xs[i + 1] <= x:
        i += 1
    x0, x1 = X(i), X(i + 1)
    y0, y1 = Y(i), Y(i + 1)
    m0 = (Y(i + 1) - Y(i - 1)) / (X(i + 1) - X(i - 1))
    m1 = (Y(i + 2) - Y(i)) / (X(i + 2) - X(i))
    h = x1 - x0
    s = (x - x0) / h
    h00 = 2 * s ** 3 - 3 * s ** 2 + 1
    h10 = s ** 3 - 2 * s ** 2 + s
    h01 = -2 * s ** 3 + 3 * s ** 2
    h11 = s ** 3 - s ** 2
    return h00 * y0 + h10 * h * m0 + h01 * y1 + h11 * h * m1


def smoothstep(a, b, x):
    if x <= a:
        return 0.0
    if x >= b:
        return 1.0
    s = (x - a) / (b - a)
    return s * s * (3 - 2 * s)


def rot_y(deg):
    return Quaternion((0.0, 1.0, 0.0), math.radians(deg))


def rot_x(deg):
    return Quaternion((1.0, 0.0, 0.0), math.radians(deg))


def r(v, nd):
    x = round(float(v), nd)
    return 0.0 if x == 0 else x


# ----------------------------------------------------------------------------
# gait model
# ----------------------------------------------------------------------------
# Phase q in [0,1) of one leg: q = 0 initial contact, q = TOE_OFF toe-off.
# Sagittal segment angles in degrees, "forward" = toward the running direction.
TOE_OFF = 0.36
FLIGHT_LIFT_M = 0.025
# thigh angle from the vertical (hip flexion +)
HIP_KEYS = [(0.00, 25.0), (0.09, 22.0), (0.18, 16.0), (0.27, 3.0), (0.36, -12.0),
            (0.44, -14.0), (0.52, -4.0), (0.62, 14.0), (0.72, 32.0), (0.82, 40.0),
            (0.91, 34.0)]
# knee flexion (relative thigh/shank)
# (the rest pose already has ~6 deg of knee flexion: the measured hip-knee-ankle
# angle is about 5.5 deg more than these values)
KNEE_KEYS = [(0.00, 14.5), (0.09, 27.5), (0.18, 36.5), (0.27, 29.5), (0.36, 17.0),
             (0.46, 52.0), (0.56, 89.0), (0.64, 102.0), (0.74, 80.0), (0.84, 42.0),
             (0.93, 17.0)]
# global foot pitch (sole angle to the floor, toes up +) in stance
STANCE_PITCH_KEYS = {"heel": [(0.00, 8.0), (0.05, 0.0), (0.24, 0.0), (0.36, -30.0)],
                     "forefoot": [(0.00, -8.0), (0.05, 0.0), (0.24, 0.0), (0.36, -30.0)]}
ARM_ADDUCT_DEG = 28.0
LEG_ADDUCT_DEG = 6.0


class Gait:
    def __init__(self, seed, strike="heel"):
        # seed 0: nominal motion; other seeds: small deterministic variations
        self.stance_pitch = STANCE_PITCH_KEYS[strike]
        import random
        rng = random.Random(seed)
        j = (lambda a: rng.uniform(-a, a)) if seed else (lambda a: 0.0)
        self.hip_gain = 1.0 + j(0.08)
        self.knee_gain = 1.0 + j(0.05)
        self.arm_amp = 32.0 + j(6.0)
        self.arm_offset = -12.0 + j(4.0)
        self.elbow = 80.0 + j(6.0)
        self.phase0 = j(0.5) % 1.0
        self.lift = FLIGHT_LIFT_M + j(0.01)

    def hip(self, q):
        return periodic_spline(HIP_KEYS, q) * self.hip_gain

    def knee(self, q):
        return 14.5 + (periodic_spline(KNEE_KEYS, q) - 14.5) * self.knee_gain

    def shank(self, q):
        return self.hip(q) - self.knee(q)

    def foot_pitch(self, q):
        q = q % 1.0
        if q <= TOE_OFF:
            ks = self.stance_pitch
            for (a, ya), (b, yb) in zip(ks, ks[1:]):
                if a <= q <= b:
                    return ya + (yb - ya) * smoothstep(a, b, q)
            return ks[-1][1]
        # swing: ankle relative to the shank goes from the toe-off value
        # through neutral (mid swing) to the value giving the contact pitch
        d_to = self.stance_pitch[-1][1] - self.shank(TOE_OFF)
        d_ic = self.stance_pitch[0][1] - self.shank(1.0)
        d_mid = 0.0
        if q < 0.6:
            d = d_to + (d_mid - d_to) * smoothstep(TOE_OFF, 0.6, q)
        else:
            d = d_mid + (d_ic - d_mid) * smoothstep(0.6, 1.0, q)
        return self.shank(q) + d

    def arm(self, q_same_leg):
        # arm swings opposite to the leg of the same side
        c = math.cos(2 * math.pi * (q_same_leg - 0.80 - 0.5))
        return self.arm_offset + self.arm_amp * c, self.elbow + 8.0 * c


# ----------------------------------------------------------------------------
# scene
# ----------------------------------------------------------------------------
ARM_NAME = "HumanSkeleton"
KEEP = {"Human", ARM_NAME,
        "MakeHuman skeleton_man1-classic_shoes_lres", "MakeHuman skeleton_man1-eyes",
        "MakeHuman skeleton_man1-jeans01", "MakeHuman skeleton_man1-male1591",
        "MakeHuman skeleton_man1-mhair02", "MakeHuman skeleton_man1-tshirt02"}
SHOES = "MakeHuman skeleton_man1-classic_shoes_lres"
EYES = "MakeHuman skeleton_man1-eyes"
SKIN = "MakeHuman skeleton_man1-male1591"
MATERIAL_IMAGES = {
    "BrownClassicShoesMaterial": ("classicshoes_texture_diffuse.png", 0.55, False),
    "Eye_brown": ("brown_eye.png", 0.2, False),
    "jeans01Material": ("jeans_basic_diffuse.png", 0.85, False),
    "mhair02black": ("male02_diffuse_black.png", 0.6, True),
    "tshirt02Material": ("tshirt02_texture.png", 0.9, False),
    "young_caucasian_male": ("young_lightskinned_male_diffuse.png", 0.55, False),
}


def new_material(name, color, roughness):
    m = bpy.data.materials.new(name)
    m.use_nodes = True
    bsdf = m.node_tree.nodes["Principled BSDF"]
    bsdf.inputs["Base Color"].default_value = (*color, 1.0)
    bsdf.inputs["Roughness"].default_value = roughness
    bsdf.inputs["Specular"].default_value = 0.2
    return m


DARK_CLOTHES = ("jeans01Material", "tshirt02Material")
DARK = (0.07, 0.07, 0.075)


def rebuild_character_materials(clothes):
    for mname, (iname, rough, alpha) in MATERIAL_IMAGES.items():
        m = bpy.data.materials[mname]
        m.use_nodes = True
        nt = m.node_tree
        nt.nodes.clear()
        out = nt.nodes.new("ShaderNodeOutputMaterial")
        bsdf = nt.nodes.new("ShaderNodeBsdfPrincipled")
        tex = nt.nodes.new("ShaderNodeTexImage")
        tex.image = bpy.data.images[iname]
        bsdf.inputs["Roughness"].default_value = rough
        bsdf.inputs["Specular"].default_value = 0.25
        if clothes == "dark" and mname in DARK_CLOTHES:
            mix = nt.nodes.new("ShaderNodeMixRGB")
            mix.blend_type = "MULTIPLY"
            mix.inputs["Fac"].default_value = 1.0
            mix.inputs["Color2"].default_value = (*DARK, 1.0)
            nt.links.new(tex.outputs["Color"], mix.inputs["Color1"])
            nt.links.new(mix.outputs["Color"], bsdf.inputs["Base Color"])
        else:
            nt.links.new(tex.outputs["Color"], bsdf.inputs["Base Color"])
        if alpha:
            nt.links.new(tex.outputs["Alpha"], bsdf.inputs["Alpha"])
            m.blend_method = "HASHED"
        nt.links.new(bsdf.outputs["BSDF"], out.inputs["Surface"])


def add_box(name, size, loc, mat):
    bpy.ops.mesh.primitive_cube_add(size=1.0, location=loc)
    o = bpy.context.active_object
    o.name = name
    o.scale = size
    o.data.materials.append(mat)
    return o


def setup_scene(a):
    scene = bpy.context.scene
    for o in list(bpy.data.objects):
        if o.name not in KEEP:
            bpy.data.objects.remove(o, do_unlink=True)
    arm = bpy.data.objects[ARM_NAME]
    arm.animation_data_clear()
    for act in list(bpy.data.actions):
        bpy.data.actions.remove(act)
    for pb in arm.pose.bones:
        for c in list(pb.constraints):
            pb.constraints.remove(c)
        pb.rotation_mode = "QUATERNION"
    arm.data.pose_position = "POSE"
    rebuild_character_materials(a.clothes)

    side = -1.0 if a.direction == "right" else 1.0  # camera side (world y sign)
    floor = new_material("runpose_floor", (0.16, 0.16, 0.155), 0.8)
    belt = new_material("runpose_belt", (0.06, 0.06, 0.065), 0.7)
    frame_mat = new_material("runpose_treadmill_frame", (0.55, 0.56, 0.58), 0.4)
    wall = new_material("runpose_wall", (0.78, 0.77, 0.73) if a.clothes == "light" else (0.05, 0.05, 0.055), 0.9)
    add_box("floor", (40.0, 40.0, 0.1), (0.0, 0.0, -0.05), floor)
    if a.travel == "treadmill":
        add_box("belt", (2.2, 0.62, 0.002), (0.0, 0.0, -0.001), belt)
        for s in (-1, 1):
            add_box("rail", (2.2, 0.08, 0.03), (0.0, s * 0.35, 0.015), frame_mat)
            if a.rails == "hand":
                # handrails from uprights at the belt's front end back past the runner's hips, 4 cm thick
                add_box("handrail", (1.1, 0.04, 0.04), (0.25, s * 0.42, 0.9), frame_mat)
                add_box("upright", (0.05, 0.05, 0.9), (0.78, s * 0.42, 0.45), frame_mat)
    else:
        # posts along the wall: a moving camera shows the scene moving, and the scene shows its verticals
        for i in range(-8, 9):
            add_box("post", (0.06, 0.03, 2.4), (1.5 * i, -side * 2.935, 1.2), frame_mat)
    add_box("wall", (40.0, 0.1, 12.0), (0.0, -side * 3.0, 6.0), wall)

    world = bpy.data.worlds.new("runpose_world")
    scene.world = world
    world.use_nodes = True
    bg = world.node_tree.nodes["Background"]
    bg.inputs["Color"].default_value = (0.8, 0.82, 0.85, 1.0)
    bg.inputs["Strength"].default_value = 0.9

    sun_data = bpy.data.lights.new("runpose_sun", "SUN")
    sun_data.energy = 3.0
    sun_data.angle = math.radians(15.0)
    sun = bpy.data.objects.new("runpose_sun", sun_data)
    scene.collection.objects.link(sun)
    d = Vector((0.35, -side * 0.55, -0.75)).normalized()  # light travel direction
    sun.rotation_euler = d.to_track_quat("-Z", "Y").to_euler()

    # camera: --lens on a 36 mm wide sensor, aimed at (0, 0, cam_height) and, with --travel pan, turned each frame
    cam_data = bpy.data.cameras.new("runpose_cam")
    cam_data.lens = a.lens
    cam_data.sensor_fit = "HORIZONTAL"
    cam_data.sensor_width = 36.0
    cam_data.clip_start = 0.1
    cam_data.clip_end = 200.0
    cam = bpy.data.objects.new("runpose_cam", cam_data)
    scene.collection.objects.link(cam)
    scene.camera = cam
    e = math.radians(a.elevation)
    cam.location = Vector((0.0, 0.0, a.cam_height)) + a.distance * Vector((0.0, side * math.cos(e), math.sin(e)))
    cam.rotation_mode = "QUATERNION"
    aim_camera(cam, a, 0.0)

    r_ = scene.render
    r_.engine = "CYCLES"
    r_.resolution_x = a.width
    r_.resolution_y = a.height
    r_.resolution_percentage = 100
    r_.pixel_aspect_x = r_.pixel_aspect_y = 1.0
    r_.fps = a.fps
    r_.fps_base = 1.0
    r_.film_transparent = False
    r_.use_motion_blur = False
    r_.image_settings.file_format = "PNG"
    r_.image_settings.color_mode = "RGB"
    r_.image_settings.color_depth = "8"
    c = scene.cycles
    c.device = "CPU"
    c.samples = a.samples
    c.use_adaptive_sampling = False
    c.use_denoising = False
    c.seed = a.seed
    c.max_bounces = 4
    c.diffuse_bounces = 2
    c.glossy_bounces = 1
    c.transmission_bounces = 0
    c.volume_bounces = 0
    c.transparent_max_bounces = 8
    c.caustics_reflective = False
    c.caustics_refractive = False
    c.sample_clamp_indirect = 3.0
    c.pixel_filter_type = "BLACKMAN_HARRIS"
    c.filter_width = 1.5
    scene.view_settings.view_transform = "Filmic"
    scene.view_settings.look = "Medium High Contrast"
    scene.view_settings.exposure = 0.0
    return scene, arm, cam


def aim_camera(cam, a, aim_x):
    """turns the camera (it stays where it stands) toward (aim_x, 0, cam_height), then rolls it."""
    look = (Vector((aim_x, 0.0, a.cam_height)) - cam.location).normalized()
    # camera -Z along the view, camera +Y toward the world up (the up axis must
    # be "Y": with "Z", the camera's own track axis, Blender picks an arbitrary
    # up vector and the --direction left camera came out upside down)
    base = look.to_track_quat("-Z", "Y")
    # positive roll: camera turned counter-clockwise about its optical axis
    # (as seen from behind the camera): the scene appears turned clockwise
    cam.rotation_quaternion = base @ Quaternion((0.0, 0.0, 1.0), math.radians(a.roll))


# ----------------------------------------------------------------------------
# rig: rest data, forward kinematics, posing
# ----------------------------------------------------------------------------


class Rig:
    def __init__(self, arm):
        self.arm = arm
        self.bones = arm.data.bones
        self.rest = {b.name: b.matrix_local.copy() for b in self.bones}
        self.rest_q = {n: m.to_quaternion() for n, m in self.rest.items()}
        self.order = []  # parents before children

        def walk(b):
            self.order.append(b.name)
            for ch in b.children:
                walk(ch)
        for b in self.bones:
            if b.parent is None:
                walk(b)
        self.parent = {b.name: (b.parent.name if b.parent else None) for b in self.bones}
        self.human = bpy.data.objects["Human"]
        # arm matrix_world with Human at the origin
        self.human.location = (0.0, 0.0, 0.0)
        bpy.context.view_layer.update()
        self.arm_world0 = arm.matrix_world.copy()
        shoes = bpy.data.objects[SHOES]
        to_arm = self.arm_world0.inverted() @ shoes.matrix_world
        self.shoe_pts = {"left": [], "right": []}
        for v in shoes.data.vertices:
            p = to_arm @ v.co
            names = [shoes.vertex_groups[g.group].name for g in v.groups if g.weight > 0.5]
            if "foot_L" in names:
                self.shoe_pts["left"].append(p)
            elif "foot_R" in names:
                self.shoe_pts["right"].append(p)

    def basis_from_delta(self, name, d):
        """local pose rotation for a rotation d given in rest armature axes,
        relative to the (posed) parent."""
        q = self.rest_q[name]
        return q.inverted() @ d @ q

    def fk(self, basis):
        """pose matrices in armature space (Blender's formula for bones that
        inherit rotation and scale, no pose location)."""
        pm = {}
        for n in self.order:
            b = Matrix.Identity(4)
            if n in basis:
                b = basis[n].to_matrix().to_4x4()
            p = self.parent[n]
            if p is None:
                pm[n] = self.rest[n] @ b
            else:
                pm[n] = pm[p] @ (self.rest[p].inverted() @ self.rest[n]) @ b
        return pm


LEG = {"left": "_L", "right": "_R"}

# Body shapes: the front-back depth of buttocks and belly scaled about the pelvis's midline, the bones untouched.
# (buttocks factor, belly factor); a factor of 1.6 makes that side of the body 60 % deeper at its fullest.
BODY_SHAPES = {"standard": (1.0, 1.0), "curvy": (1.6, 1.5), "slim": (0.75, 0.8)}
BODY_MESHES = ("MakeHuman skeleton_man1-male1591", "MakeHuman skeleton_man1-jeans01",
               "MakeHuman skeleton_man1-tshirt02")


def bump(z, centre, half_width):
    """1 at centre, falling smoothly to 0 at centre +- half_width."""
    d = abs(z - centre) / half_width
    return 0.0 if d >= 1 else 0.5 * (1 + math.cos(math.pi * d))


def shape_body(rig, body):
    """Deepen or flatten the buttocks and belly of the rest-pose meshes (skin and the clothes over them) in the
    running direction, about the midline between the hip joints; the skeleton, and so every joint-based label,
    stays as it is."""
    back_f, front_f = BODY_SHAPES[body]
    if back_f == 1.0 and front_f == 1.0:
        return
    hips = [rig.rest["upperleg01" + sfx].translation for sfx in LEG.values()]
    hip_x = sum(h.x for h in hips) / 2
    hip_z = sum(h.z for h in hips) / 2
    for name in BODY_MESHES:
        ob = bpy.data.objects[name]
        to_arm = rig.arm_world0.inverted() @ ob.matrix_world
        from_arm = to_arm.inverted()
        for v in ob.data.vertices:
            p = to_arm @ v.co
            if abs(p.y) > 0.22:
                continue  # arms hanging beside the trunk
            behind = p.x < hip_x
            # buttocks fullest a little below the hip joints, belly a hand's width above them
            w = bump(p.z, hip_z - 0.06, 0.16) if behind else bump(p.z, hip_z + 0.12, 0.22)
            f = 1 + ((back_f if behind else front_f) - 1) * w
            if f != 1:
                v.co = from_arm @ Vector((hip_x + (p.x - hip_x) * f, p.y, p.z))


def solve_pose(rig, gait, p, trunk):
    """Return (basis quaternions per bone, info) for stride phase p.
    trunk = (spine05_deg, spine04_deg, spine03_deg) forward-positive pitches."""
    deltas = {}
    G = {}  # accumulated rotation from rest (armature space) for the chains we steer
    info = {}
    sp05, sp04, sp03 = trunk
    deltas["spine05"] = rot_y(sp05)
    deltas["spine04"] = rot_y(sp04)
    deltas["spine03"] = rot_y(sp03)
    deltas["neck01"] = rot_y(-0.8 * (sp05 + sp04 + sp03))
    for side, sfx in LEG.items():
        q = (p if side == "right" else p - 0.5) % 1.0
        s = 1.0 if side == "left" else -1.0
        hip = gait.hip(q)
        knee = gait.knee(q)
        d_thigh = rot_y(-hip) @ rot_x(-s * LEG_ADDUCT_DEG)
        d_knee = rot_y(knee)
        deltas["upperleg01" + sfx] = d_thigh
        deltas["lowerleg01" + sfx] = d_knee
        g_shank = d_thigh @ d_knee
        pitch = gait.foot_pitch(q)
        deltas["foot" + sfx] = g_shank.inverted() @ rot_y(-pitch)
        info[side] = {"q": q, "hip": hip, "knee": knee, "pitch": pitch}
        # arms (opposite phase to the same side leg), relative to the trunk
        sw, el = gait.arm(q)
        d_up = rot_y(-sw) @ rot_x(-s * ARM_ADDUCT_DEG)
        deltas["shoulder02" + sfx] = d_up  # proximal humerus: rotates about the GH joint
        # forearm: rotate the upper arm direction by the elbow flexion about the
        # upper arm's carried lateral axis, then aim the forearm there
        g_trunk = rot_y(sp05) @ rot_y(sp04) @ rot_y(sp03)
        g_up = g_trunk @ d_up
        up_rest = (rig.rest["lowerarm01" + sfx].translation - rig.rest["shoulder02" + sfx].translation)
        fo_rest = (rig.rest["wrist" + sfx].translation - rig.rest["lowerarm01" + sfx].translation)
        u = g_up @ up_rest.normalized()
        lat = g_trunk @ Vector((0.0, 1.0, 0.0))
        lat = (lat - lat.dot(u) * u).normalized()  # lateral axis normal to the upper arm
        d1 = Quaternion(lat, math.radians(-el)) @ u
        d0 = g_up @ fo_rest.normalized()
        qdiff = d0.rotation_difference(d1)
        deltas["lowerarm01" + sfx] = g_up.inverted() @ qdiff @ g_up
    basis = {n: rig.basis_from_delta(n, d) for n, d in deltas.items()}
    return basis, info


def foot_min_z(rig, pm, side):
    m = rig.arm_world0 @ pm["foot" + LEG[side]] @ rig.rest["foot" + LEG[side]].inverted()
    return min((m @ v).z for v in rig.shoe_pts[side])


def stance_of(p):
    if p % 1.0 < TOE_OFF:
        return "right"
    if 0.5 <= p % 1.0 < 0.5 + TOE_OFF:
        return "left"
    return "none"


def body_offset(rig, gait, p, trunk):
    """vertical offset of the character so that the stance foot stands on the
    floor (z = 0); smooth parabolic flight in between."""
    def ground(pp, side):
        basis, _ = solve_pose(rig, gait, pp, trunk)
        return -foot_min_z(rig, rig.fk(basis), side)

    p = p % 1.0
    st = stance_of(p)
    if st == "right":
        off = ground(p, "right")
    elif st == "left":
        off = ground(p, "left")
    else:
        if p < 0.5:
            a, b, sa, sb = TOE_OFF, 0.5, "right", "left"
        else:
            a, b, sa, sb = 0.5 + TOE_OFF, 1.0, "left", "right"
        s = (p - a) / (b - a)
        off = (1 - s) * ground(a, sa) + s * ground(b % 1.0, sb) + 4 * gait.lift * s * (1 - s)
    # never let a foot go through the floor
    basis, _ = solve_pose(rig, gait, p, trunk)
    pm = rig.fk(basis)
    off = max(off, -foot_min_z(rig, pm, "left"), -foot_min_z(rig, pm, "right"))
    return off


def toe_x(rig, gait, p, trunk, side):
    """world x of the shoe's toe tip with the body at x = 0"""
    basis, _ = solve_pose(rig, gait, p, trunk)
    m = rig.arm_world0 @ rig.fk(basis)["foot" + LEG[side]] @ rig.rest["foot" + LEG[side]].inverted()
    return (m @ max(rig.shoe_pts[side], key=lambda v: v.x)).x


class Travel:
    """Body x over the floor for the cross and pan runs: the stance shoe's toe tip stays where it landed (while the
    forefoot comes down after a heel strike the heel slides by under 3 mm); in flight the body keeps the stance's mean
    speed. Stride phase unwrapped."""

    def __init__(self, rig, gait, trunk):
        self.rig, self.gait, self.trunk = rig, gait, trunk
        self.stances = []  # (side, start phase, anchor)
        self.flights = []  # (start phase, x at toe-off, x at the next contact)
        x = 0.0
        for side, start in (("right", 0.0), ("left", 0.5)):
            anchor = x + toe_x(rig, gait, start, trunk, side)
            self.stances.append((side, start, anchor))
            end = anchor - toe_x(rig, gait, start + TOE_OFF, trunk, side)
            speed = (end - x) / TOE_OFF  # metres per unit of phase
            x = end + speed * (0.5 - TOE_OFF)
            self.flights.append((start + TOE_OFF, end, x))
        self.stride_m = x

    def _in_stride(self, q):
        for side, start, anchor in self.stances:
            if start <= q < start + TOE_OFF:
                return anchor - toe_x(self.rig, self.gait, q, self.trunk, side)
        # flight: straight on from the toe-off to the next contact
        a, xa, xb = self.flights[0] if q < 0.5 else self.flights[1]
        return xa + (xb - xa) * (q - a) / (0.5 - TOE_OFF)

    def x(self, phase):
        return math.floor(phase) * self.stride_m + self._in_stride(phase % 1.0)


# ----------------------------------------------------------------------------
# measures
# ----------------------------------------------------------------------------
FORWARD = Vector((1.0, 0.0, 0.0))
UP = Vector((0.0, 0.0, 1.0))


def sagittal_angle(v):
    """angle of v from the world vertical in the sagittal (x-z) plane, forward +"""
    return math.degrees(math.atan2(v.dot(FORWARD), v.dot(UP)))


def lumbar_raw(p05, p04, p02, angle_fn):
    lower = angle_fn(p05, p04)
    upper = angle_fn(p04, p02)
    return lower - upper


def trunk_from_pm(rig, pm):
    W = rig.arm_world0

    def h(n):
        return W @ pm[n].translation
    hip = (h("upperleg01_L") + h("upperleg01_R")) / 2
    sh = (h("shoulder02_L") + h("shoulder02_R")) / 2
    lean = sagittal_angle(sh - hip)
    lum = lumbar_raw(h("spine05"), h("spine04"), h("spine02"), lambda a_, b_: sagittal_angle(b_ - a_))
    return lean, lum


def solve_trunk(rig, gait, lean_target, lumbar_target):
    """find spine05 pitch and lumbar bend (spine04/spine03 backward, equal) so
    that the measured 3D trunk lean and lumbar extension hit the targets."""
    basis0, _ = solve_pose(rig, gait, 0.0, (0.0, 0.0, 0.0))
    lean0, lum0 = trunk_from_pm(rig, rig.fk(basis0))

    def measure(x):
        a_, b_ = x
        basis, _ = solve_pose(rig, gait, 0.0, (a_, -b_ / 2, -b_ / 2))
        le, lu = trunk_from_pm(rig, rig.fk(basis))
        return le, lu - lum0

    x = [lean_target - lean0, lumbar_target]
    for _ in range(8):
        f = measure(x)
        e = (f[0] - lean_target, f[1] - lumbar_target)
        if abs(e[0]) < 1e-7 and abs(e[1]) < 1e-7:
            break
        hstep = 0.5
        fa = measure((x[0] + hstep, x[1]))
        fb = measure((x[0], x[1] + hstep))
        J = [[(fa[0] - f[0]) / hstep, (fb[0] - f[0]) / hstep],
             [(fa[1] - f[1]) / hstep, (fb[1] - f[1]) / hstep]]
        det = J[0][0] * J[1][1] - J[0][1] * J[1][0]
        dx0 = (J[1][1] * e[0] - J[0][1] * e[1]) / det
        dx1 = (-J[1][0] * e[0] + J[0][0] * e[1]) / det
        x = [x[0] - dx0, x[1] - dx1]
    return (x[0], -x[1] / 2, -x[1] / 2), lean0, lum0


# ----------------------------------------------------------------------------
# camera projection
# ----------------------------------------------------------------------------


class Camera:
    def __init__(self, cam, a):
        self.W, self.H = a.width, a.height
        self.fx = cam.data.lens / cam.data.sensor_width * self.W
        self.fy = self.fx
        self.cx, self.cy = self.W / 2.0, self.H / 2.0
        self.m = cam.matrix_world.copy()
        self.minv = self.m.inverted()

    def project(self, p):
        c = self.minv @ p
        z = -c.z
        return (self.cx + self.fx * c.x / z, self.cy - self.fy * c.y / z, z)


# ----------------------------------------------------------------------------
# keypoints
# ----------------------------------------------------------------------------
BONE_KP = {  # keypoint -> bone whose head it is
    "shoulder": "shoulder02", "elbow": "lowerarm01", "wrist": "wrist",
    "hip": "upperleg01", "knee": "lowerleg01", "ankle": "foot",
}


def pick_vertices(rig):
    """choose mesh vertices (rest pose) for the mesh-defined keypoints."""
    A = rig.arm_world0.inverted()
    res = {}
    shoes = bpy.data.objects[SHOES]
    for side, sfx in LEG.items():
        sgn = 1 if side == "left" else -1
        vs = [(i, A @ shoes.matrix_world @ v.co) for i, v in enumerate(shoes.data.vertices)
              if sgn * (A @ shoes.matrix_world @ v.co).y > 0]
        zmin = min(p.z for _, p in vs)
        # heel: the rearmost shoe vertex 1.5-5 cm above the sole
        cand = [(i, p) for i, p in vs if zmin + 0.015 <= p.z <= zmin + 0.05]
        res[side + "_heel"] = (SHOES, min(cand, key=lambda t: (t[1].x, t[0]))[0])
        # foot index: the frontmost shoe vertex (toe tip)
        res[side + "_foot_index"] = (SHOES, max(vs, key=lambda t: (t[1].x, -t[0]))[0])
    eyes = bpy.data.objects[EYES]
    ev = [(i, A @ eyes.matrix_world @ v.co) for i, v in enumerate(eyes.data.vertices)]
    for side in ("left", "right"):
        sgn = 1 if side == "left" else -1
        vs = [(i, p) for i, p in ev if sgn * p.y > 0]
        res[side + "_eye"] = (EYES, max(vs, key=lambda t: (t[1].x, t[0]))[0])
    skin = bpy.data.objects[SKIN]
    sv = [(i, A @ skin.matrix_world @ v.co) for i, v in enumerate(skin.data.vertices)]
    ez = sum((p.z for _, p in ev)) / len(ev)
    ex = sum((p.x for _, p in ev)) / len(ev)
    # nose tip: frontmost skin vertex near the midline below the eyes
    nose = [(i, p) for i, p in sv if abs(p.y) < 0.02 and ez - 0.08 < p.z < ez]
    res["nose"] = (SKIN, max(nose, key=lambda t: (t[1].x, t[0]))[0])
    # ears: most lateral skin vertex of the head at/below eye level, behind the eyes
    for side in ("left", "right"):
        sgn = 1 if side == "left" else -1
        c = [(i, p) for i, p in sv if sgn * p.y > 0 and ez - 0.06 < p.z < ez + 0.01
             and ex - 0.20 < p.x < ex - 0.06]
        ymax = max(sgn * p.y for _, p in c)
        # centre of the outer ear: mean of the skin vertices within 1 cm of the
        # most lateral one
        res[side + "_ear"] = (SKIN, sorted(i for i, p in c if sgn * p.y >= ymax - 0.01))
    return res


def evaluated_points(vsel):
    dg = bpy.context.evaluated_depsgraph_get()
    out = {}
    cache = {}
    for kp, (oname, idx) in vsel.items():
        if oname not in cache:
            ob = bpy.data.objects[oname].evaluated_get(dg)
            me = ob.to_mesh()
            cache[oname] = [ob.matrix_world @ v.co for v in me.vertices]
            ob.to_mesh_clear()
        if isinstance(idx, list):
            out[kp] = sum((cache[oname][i] for i in idx), Vector()) / len(idx)
        else:
            out[kp] = cache[oname][idx]
    return out


KP_ORDER = ["head", "nose", "left_eye", "right_eye", "left_ear", "right_ear",
            "left_shoulder", "right_shoulder", "left_elbow", "right_elbow",
            "left_wrist", "right_wrist", "left_hip", "right_hip", "left_knee", "right_knee",
            "left_ankle", "right_ankle", "left_heel", "right_heel",
            "left_foot_index", "right_foot_index"]


def angle_deg(a, b):
    return math.degrees(a.angle(b))


def image_angle_from_vertical(cam, p_from, p_to, fwd_sign):
    """signed angle (deg) of the image vector p_from->p_to from the projected
    world vertical at p_from; positive toward the running direction in the
    image."""
    u0, v0, _ = cam.project(p_from)
    u1, v1, _ = cam.project(p_to)
    uu, vu, _ = cam.project(p_from + 0.1 * UP)
    uf, vf, _ = cam.project(p_from + 0.1 * FORWARD)
    # image vectors with y up
    up = Vector(((uu - u0), -(vu - v0))).normalized()
    vec = Vector(((u1 - u0), -(v1 - v0)))
    fwd = Vector(((uf - u0), -(vf - v0)))
    ang = math.atan2(up.x * vec.y - up.y * vec.x, up.dot(vec))  # CCW positive
    # sign: forward is positive; find on which side (CCW/CW) forward lies
    fside = up.x * fwd.y - up.y * fwd.x
    return math.degrees(ang) * (1.0 if fside > 0 else -1.0)


def main():
    a = parse_args()
    scene, arm, cam_obj = setup_scene(a)
    rig = Rig(arm)
    shape_body(rig, a.body)
    gait = Gait(a.seed, a.strike)
    trunk, lean0, lum0 = solve_trunk(rig, gait, a.lean, a.lumbar)
    vsel = pick_vertices(rig)
    bpy.context.view_layer.update()
    cam = Camera(cam_obj, a)
    near = "right" if a.direction == "right" else "left"
    n_frames = int(round(a.seconds * a.fps))
    stride_frames = a.fps * 120.0 / a.cadence
    render_set = None
    if a.frames:
        render_set = sorted({int(x) for x in a.frames.split(",") if x.strip() != ""})
    if not a.labels_only and a.frames_dir:
        os.makedirs(a.frames_dir, exist_ok=True)

    travel = Travel(rig, gait, trunk) if a.travel != "treadmill" else None

    # the body passes x = 0 half-way through the clip
    mid_x = travel.x((n_frames - 1) / (2.0 * a.fps) * a.cadence / 120.0 + gait.phase0) if travel else 0.0

    def body_x(t):
        return travel.x(t * a.cadence / 120.0 + gait.phase0) - mid_x

    frames = []
    max_fk_err = 0.0
    for f in range(n_frames):
        t = f / a.fps
        p = (t * a.cadence / 120.0 + gait.phase0) % 1.0
        x_body = body_x(t) if travel else 0.0
        aim_x = None
        if a.travel == "pan":
            aim_x = sum(body_x(t - PAN_LAG_S * k / 9.0) for k in range(10)) / 10.0
            aim_camera(cam_obj, a, aim_x)
        basis, info = solve_pose(rig, gait, p, trunk)
        for pb in arm.pose.bones:  # reset every bone to rest first
            pb.location = (0.0, 0.0, 0.0)
            pb.rotation_quaternion = basis.get(pb.name, Quaternion())
            pb.scale = (1.0, 1.0, 1.0)
        off = body_offset(rig, gait, p, trunk)
        rig.human.location = (x_body, 0.0, off)
        bpy.context.view_layer.update()
        if aim_x is not None:
            cam = Camera(cam_obj, a)
        # sanity: our FK equals Blender's pose
        pm = rig.fk(basis)
        for n in ("foot_L", "wrist_R", "shoulder02_L", "spine02", "head"):
            d = (arm.pose.bones[n].matrix.translation - pm[n].translation).length
            max_fk_err = max(max_fk_err, d)
        W = arm.matrix_world
        world = {}
        for side, sfx in LEG.items():
            for kp, bone in BONE_KP.items():
                world[side + "_" + kp] = W @ arm.pose.bones[bone + sfx].head
        world.update(evaluated_points(vsel))
        world["head"] = (world["left_ear"] + world["right_ear"]) / 2
        kps = {}
        for name in KP_ORDER:
            pw = world[name]
            u, v, z = cam.project(pw)
            side = "center" if name in ("head", "nose") else ("near" if name.startswith(near) else "far")
            kps[name] = {"side": side, "px": [r(u, 3), r(v, 3)],
                         "world": [r(pw.x, 5), r(pw.y, 5), r(pw.z, 5)], "depth_m": r(z, 5)}
        hip = (world["left_hip"] + world["right_hip"]) / 2
        sh = (world["left_shoulder"] + world["right_shoulder"]) / 2
        lean3 = sagittal_angle(sh - hip)
        lean2 = image_angle_from_vertical(cam, hip, sh, 1)
        sp = {n: W @ arm.pose.bones[n].head for n in ("spine05", "spine04", "spine02")}
        lum3 = lumbar_raw(sp["spine05"], sp["spine04"], sp["spine02"],
                          lambda a_, b_: sagittal_angle(b_ - a_))
        lum2 = lumbar_raw(sp["spine05"], sp["spine04"], sp["spine02"],
                          lambda a_, b_: image_angle_from_vertical(cam, a_, b_, 1))
        feet = {}
        for side in ("left", "right"):
            feet[side] = foot_min_z(rig, pm, side) + off
        knee = {s: 180.0 - angle_deg(world[s + "_hip"] - world[s + "_knee"],
                                     world[s + "_ankle"] - world[s + "_knee"]) for s in LEG}
        elbow = {s: 180.0 - angle_deg(world[s + "_shoulder"] - world[s + "_elbow"],
                                      world[s + "_wrist"] - world[s + "_elbow"]) for s in LEG}
        frames.append({
            "frame": f, "time_s": r(t, 6), "stride_phase": r(p, 6),
            "stance": stance_of(p),
            "feet_min_z_m": {s: r(feet[s], 5) for s in ("left", "right")},
            "trunk_lean_deg": {"sagittal_3d": r(lean3, 4), "image_2d": r(lean2, 4)},
            "lumbar_extension_deg": {"sagittal_3d": r(lum3 - lum0, 4), "image_2d": r(lum2 - lum0, 4)},
            "knee_flexion_deg": {s: r(knee[s], 3) for s in ("left", "right")},
            "elbow_flexion_deg": {s: r(elbow[s], 3) for s in ("left", "right")},
            "body_offset_z_m": r(off, 5),
            "keypoints": kps,
        })
        if travel:
            frames[-1]["body_x_m"] = r(x_body, 5)
        if aim_x is not None:
            frames[-1]["camera_aim_x_m"] = r(aim_x, 5)
        if not a.labels_only and (render_set is None or f in render_set):
            scene.render.filepath = os.path.join(a.frames_dir, "%04d.png" % f)
            t0 = time.time()
            bpy.ops.render.render(write_still=True)
            print("runpose-synth: frame %d/%d rendered in %.1f s" % (f + 1, n_frames, time.time() - t0),
                  flush=True)
    if max_fk_err > 1e-4:
        raise SystemExit("internal FK mismatch %.6f" % max_fk_err)

    if a.travel == "pan":
        aim_camera(cam_obj, a, 0.0)  # the labels' camera: aimed where the runner is half-way through the clip
        bpy.context.view_layer.update()
        cam = Camera(cam_obj, a)

    def mean(xs):
        return sum(xs) / len(xs)
    lean3s = [fr["trunk_lean_deg"]["sagittal_3d"] for fr in frames]
    lean2s = [fr["trunk_lean_deg"]["image_2d"] for fr in frames]
    lum3s = [fr["lumbar_extension_deg"]["sagittal_3d"] for fr in frames]
    lum2s = [fr["lumbar_extension_deg"]["image_2d"] for fr in frames]
    knees = [fr["knee_flexion_deg"][s] for fr in frames for s in ("left", "right")]
    cam_q = cam_obj.matrix_world.to_quaternion()
    opts = canonical_options(a)
    mp4 = a.name + ".mp4"
    labels = {
        "format": "runpose-synth-labels",
        "format_version": 1,
        "generator": {"tool": "tools/synth/gen_run.py", "version": GENERATOR_VERSION,
                      "blender": bpy.app.version_string},
        "clip": {"video": mp4, "frames": n_frames, "fps": a.fps,
                 "width": a.width, "height": a.height,
                 "rotate_metadata": a.rotate_metadata,
                 "note": "keypoint pixels are in the upright displayed image (width x height above); "
                         "with rotate_metadata != 0 the stored pixel grid is rotated and the player "
                         "must honour the rotation"},
        "settings": opts,
        "commands": {
            "render": "tools/synth/render.sh " + " ".join(opts_to_cli(opts) + split_cli(a)),
            "labels_only": "tools/synth/render.sh --labels-only " + " ".join(opts_to_cli(opts) + split_cli(a)),
            "encode": encode_commands(a),
        },
        "character": {
            "source": "Debian package morse-simulator-data 1.4-8, usr/share/morse/data/robots/human_rig.blend "
                      "(MakeHuman character, BSD-3-Clause, LAAS-CNRS/ONERA/ISAE)",
            "rest_trunk_lean_deg": r(lean0, 4),
            "rest_lumbar_raw_deg": r(lum0, 4),
            "spine_pitch_applied_deg": {"spine05": r(trunk[0], 4), "spine04": r(trunk[1], 4),
                                        "spine03": r(trunk[2], 4)},
        },
        "motion": {
            "cadence_steps_per_min": a.cadence,
            "stride_frames": r(stride_frames, 4),
            "duty_factor": TOE_OFF,
            "phase0": r(gait.phase0, 6),
            "knee_flexion_range_deg": [r(min(knees), 2), r(max(knees), 2)],
            **({"treadmill": "runs on the spot; pelvis fixed at x = 0, y = 0; the stance foot slides backwards"}
               if travel is None else
               {"travel": "runs over the floor along +x (y = 0), at x = 0 half-way through the clip (body_x_m per "
                          "frame); the stance shoe's toe tip stays where it landed, the body keeps the stance's "
                          "mean speed in flight",
                "speed_m_per_s": r(travel.stride_m * a.cadence / 120.0, 4),
                "stride_m": r(travel.stride_m, 4)}),
            "stance_definition": "stance foot from the gait phase: right 0 <= phase < %.2f, left 0.5 <= phase < %.2f, "
                                 "none (flight) otherwise; during stance that foot's lowest shoe point is at z = 0"
                                 % (TOE_OFF, 0.5 + TOE_OFF),
        },
        "camera": {
            "model": "pinhole, no distortion, square pixels",
            "focal_length_mm": cam_obj.data.lens, "sensor_width_mm": cam_obj.data.sensor_width,
            "intrinsics": {"fx": r(cam.fx, 6), "fy": r(cam.fy, 6), "cx": r(cam.cx, 6), "cy": r(cam.cy, 6),
                           "K": [[r(cam.fx, 6), 0.0, r(cam.cx, 6)], [0.0, r(cam.fy, 6), r(cam.cy, 6)],
                                 [0.0, 0.0, 1.0]]},
            "position_world_m": [r(x, 6) for x in cam_obj.matrix_world.translation],
            "rotation_world_quat_wxyz": [r(x, 8) for x in cam_q],
            "world_to_camera_4x4": [[r(x, 8) for x in row] for row in cam.minv],
            "camera_axes": "Blender camera: looks along its -Z axis, +Y is image up, +X image right; "
                           "u = cx + fx*Xc/(-Zc), v = cy - fy*Yc/(-Zc)",
            "distance_m": a.distance, "elevation_deg": a.elevation, "roll_deg": a.roll,
            "aim_point_world_m": [0.0, 0.0, a.cam_height],
            "near_side": near,
            **({"pan": "the camera stays where it stands and turns each frame toward (camera_aim_x_m, 0, "
                       "cam_height), the runner's mean x over the last %.1f s; this block is the camera aimed at "
                       "x = 0" % PAN_LAG_S} if a.travel == "pan" else {}),
        },
        "conventions": {
            "world": "metres, Z up, floor z = 0, running direction +X, +Y = runner's left",
            "image": "pixels of the upright displayed image, origin top-left corner, u right, v down, "
                     "centre of the top-left pixel = (0.5, 0.5)",
            "side": "near = the side facing the camera, far = the other side, center = midline",
            "trunk_lean": "signed angle of the hip-midpoint -> shoulder-midpoint vector from the true (world) "
                          "vertical, forward (running direction) positive. sagittal_3d: 3D vector projected "
                          "onto the world x-z plane; image_2d: both points projected to the image, measured "
                          "from the image direction of the world vertical at the hip midpoint",
            "lumbar_extension": "angle(spine05->spine04) - angle(spine04->spine02), each segment's signed "
                                "angle from the vertical (forward +), minus the same value in the character's "
                                "neutral rest pose (rest_lumbar_raw_deg); positive = extension (lower back "
                                "arched, upper lumbar segment tilted back relative to the lower one); "
                                "segment end points are the rig bone heads (inside the body)",
            "keypoints": {
                "hip": "hip joint centre = head of the upperleg01 bone (this rig splits the femur into upperleg01, 8 cm, and upperleg02)",
                "shoulder": "glenohumeral joint centre = head of the shoulder02 bone (this rig splits the humerus into shoulder02, 6 cm, and upperarm02)",
                "elbow": "head of the lowerarm01 bone", "wrist": "head of the wrist bone",
                "knee": "head of the lowerleg01 bone", "ankle": "head of the foot bone",
                "heel": "shoe surface vertex at the back of the heel (rearmost shoe vertex 1.5-5 cm above the sole)",
                "foot_index": "toe tip = frontmost shoe vertex",
                "eye": "front (pupil) vertex of the eye mesh", "nose": "nose tip skin vertex",
                "ear": "mean of the skin vertices within 1 cm of the most lateral head vertex at ear level "
                       "(outer ear; low-poly mesh, approximate)",
                "head": "midpoint of left_ear and right_ear (approximate head centre)",
            },
        },
        "summary": {
            "trunk_lean_deg": {"sagittal_3d_mean": r(mean(lean3s), 4), "image_2d_mean": r(mean(lean2s), 4),
                               "image_2d_min": r(min(lean2s), 4), "image_2d_max": r(max(lean2s), 4)},
            "lumbar_extension_deg": {"sagittal_3d_mean": r(mean(lum3s), 4), "image_2d_mean": r(mean(lum2s), 4)},
            "stance_frames": {s: sum(1 for fr in frames if fr["stance"] == s) for s in ("left", "right", "none")},
        },
        "frames": frames,
    }
    os.makedirs(a.out_dir, exist_ok=True)
    path = os.path.join(a.out_dir, a.name + ".labels.json")
    if a.split != "tuning":
        # Tuning clips, the default, carry no split field, so their labels stay as they were first written.
        labels = {**{k: labels[k] for k in ("format", "format_version")}, "split": a.split,
                  **{k: v for k, v in labels.items() if k not in ("format", "format_version")}}
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dump_json(labels))
    print("runpose-synth: wrote", path)
    if not a.labels_only and a.frames_dir:
        with open(os.path.join(a.frames_dir, "encode.sh"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("#!/bin/bash\n# generated by tools/synth/gen_run.py; run inside the frames folder\nset -e\n")
            for c in encode_commands(a):
                fh.write(c + "\n")


OPTION_KEYS = ["name", "direction", "lean", "lumbar", "roll", "elevation", "distance", "cam_height",
               "fps", "width", "height", "seconds", "cadence", "samples", "seed", "rotate_metadata", "crf", "body"]


# Options added later: written only when not at their default, so the earlier labels stay as they were written.
LATER_OPTIONS = {"travel": "treadmill", "lens": 50.0, "clothes": "light", "rails": "none", "strike": "heel"}


def canonical_options(a):
    opts = {k: getattr(a, k) for k in OPTION_KEYS}
    opts.update({k: getattr(a, k) for k, default in LATER_OPTIONS.items() if getattr(a, k) != default})
    return opts


def opts_to_cli(opts):
    out = []
    for k in opts:
        out += ["--" + k.replace("_", "-"), str(opts[k])]
    return out


def split_cli(a):
    return [] if a.split == "tuning" else ["--split", a.split]


def encode_commands(a):
    """ffmpeg commands (run inside the frames folder; the MP4 goes next to it)."""
    base = ("ffmpeg -y -hide_banner -loglevel error -framerate {fps} -i %04d.png "
            "-c:v libx264 -preset medium -crf {crf} -pix_fmt yuv420p -r {fps} -movflags +faststart").format(
                fps=a.fps, crf=a.crf)
    out = "../{}.mp4".format(a.name)
    if a.rotate_metadata == 0:
        return [base + " " + out]
    # --rotate-metadata R (phone style, like the legacy 'rotate' tag a phone
    # writes for portrait video): the player turns the stored picture R degrees
    # clockwise to show it upright. So the stored picture is the upright one
    # turned R degrees counter-clockwise, and the MP4 display matrix says
    # "turn R clockwise" (ffprobe 5.1 prints its rotation as -R, e.g. -90).
    # ffmpeg 5.1 writes the display matrix only when stream-copying, from the
    # 'rotate' tag, whose value it takes counter-clockwise: 360 - R.
    vf = "transpose=cclock" if a.rotate_metadata == 90 else "transpose=clock"
    tmp = "../{}.norot.mp4".format(a.name)
    return [base + " -vf " + vf + " " + tmp,
            "ffmpeg -y -hide_banner -loglevel error -i {} -c copy -metadata:s:v:0 rotate={} "
            "-movflags +faststart {}".format(tmp, (360 - a.rotate_metadata) % 360, out),
            "rm -f " + tmp]


def dump_json(obj):
    """stable JSON: 1-space indent, but every keypoint on one line"""
    s = json.dumps(obj, indent=1, ensure_ascii=False)
    return s + "\n"


if __name__ == "__main__":
    main()
