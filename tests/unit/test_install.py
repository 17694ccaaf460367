"""The install step says clearly what is wrong when there is no Python 3.10."""
import shutil
import subprocess

from tests.conftest import ROOT


def test_install_without_python_310_fails_with_a_clear_message(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "install.sh", tmp_path / "scripts" / "install.sh")
    (tmp_path / "requirements.txt").write_text("")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "find", "grep", "sort", "basename", "env", "cat"):
        path = shutil.which(tool)
        if path:
            (bin_dir / tool).symlink_to(path)
    result = subprocess.run(["bash", str(tmp_path / "scripts" / "install.sh")], capture_output=True, text=True,
                            env={"PATH": str(bin_dir), "HOME": str(tmp_path)})
    assert result.returncode == 1
    assert "Python 3.10 was not found" in result.stderr
    assert "pyenv install 3.10" in result.stderr
    assert not (tmp_path / ".venv").exists()
